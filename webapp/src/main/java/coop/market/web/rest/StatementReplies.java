package coop.market.web.rest;

import coop.market.application.StatementService;
import coop.market.application.StatementWords;
import coop.market.domain.statement.Statement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;

/**
 * A tax-year statement answered as JSON, a PDF or a CSV file, for the member's own address and staff's alike.
 * Its plain address answers what the {@code Accept} header asks for, JSON first when any type will do.
 */
@Dependent
class StatementReplies {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";

    /** In the order preferred when the caller takes anything. */
    private static final List<Variant> TYPES = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(PDF), MediaType.valueOf(CSV)).build();

    @Inject
    StatementService statements;

    Response asAccepted(Statement statement, Request request) {
        Variant chosen = request.selectVariant(TYPES);
        if (chosen == null) {
            throw new NotAcceptableException(Response.notAcceptable(TYPES).build());
        }
        String type = chosen.getMediaType().toString();
        return type.equals(PDF) ? pdf(statement) : type.equals(CSV) ? csv(statement)
                : Response.ok(StatementJson.of(statement), MediaType.APPLICATION_JSON_TYPE).build();
    }

    Response pdf(Statement statement) {
        return Downloads.pdf(statements.pdf(statement), StatementWords.title(statement));
    }

    Response csv(Statement statement) {
        return Downloads.csv(statements.csv(statement), StatementWords.title(statement));
    }
}
