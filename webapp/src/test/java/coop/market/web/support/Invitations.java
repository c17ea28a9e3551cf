package coop.market.web.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Following the link in an invitation e-mail to choose a first password, as the invited person does. */
public final class Invitations {

    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private Invitations() {
    }

    /** The welcome e-mail a newly registered member receives. */
    public static MimeMessage memberWelcome(String email) {
        return Mailbox.waitForSubject(email, subject -> subject.startsWith("Welcome to"), Duration.ofSeconds(20));
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the message's link in the page and chooses the password there. */
    public static void choosePassword(Page page, MimeMessage message, String password) {
        Matcher link = LINK.matcher(text(message));
        assertTrue(link.find(), "an invitation link in: " + text(message));
        page.navigate(link.group(1));
        page.getByLabel("New password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        assertThat(page.locator(".notice")).containsText("Your password has been changed");
    }
}
