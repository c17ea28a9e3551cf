-- One counter row per kind of numbered document (domain.invoicing.DocumentNumbers): locked and moved on in the
-- transaction that saves each document, so numbers are unique and gapless. The rows exist from the start, so
-- nobody ever races to create one.
CREATE TABLE document_sequence (
    kind        VARCHAR(20) NOT NULL PRIMARY KEY,
    counting_year INTEGER   NOT NULL,
    last_number BIGINT      NOT NULL
);
INSERT INTO document_sequence (kind, counting_year, last_number) VALUES ('INVOICE', 0, 0);
INSERT INTO document_sequence (kind, counting_year, last_number) VALUES ('CREDIT_NOTE', 0, 0);
