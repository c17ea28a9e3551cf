package coop.market.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInViewTest {

    private static String after(String next) {
        SignInView view = new SignInView();
        view.setNext(next);
        return view.safeNext();
    }

    @Test
    void goesBackToAPageOfThisSite() {
        assertEquals("/shop/listing.xhtml?id=42", after("/shop/listing.xhtml?id=42"));
        assertEquals("/?q=cards", after("/?q=cards"));
    }

    @Test
    void anythingElseGoesHome() {
        assertEquals("/", after(null));
        assertEquals("/", after(""));
        assertEquals("/", after("https://evil.example/"));
        assertEquals("/", after("//evil.example/"));
        assertEquals("/", after("/\\evil.example/"));
        assertEquals("/", after("/ok\r\nSet-Cookie: x=y"));
        assertEquals("/", after("javascript:alert(1)"));
    }
}
