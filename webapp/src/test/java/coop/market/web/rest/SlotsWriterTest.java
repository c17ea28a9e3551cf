package coop.market.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsWriterTest {

    @Test
    void writesEachSlotsStartAndEnd() throws IOException {
        String json = write(new SlotsDto(List.of(
                new SlotsDto.SlotDto("2027-03-28T09:00:00+01:00", "2027-03-28T10:00:00+01:00"),
                new SlotsDto.SlotDto("2027-03-28T09:30:00+01:00", "2027-03-28T10:30:00+01:00"))));

        assertEquals("{\"slots\":[{\"start\":\"2027-03-28T09:00:00+01:00\",\"end\":\"2027-03-28T10:00:00+01:00\"},"
                + "{\"start\":\"2027-03-28T09:30:00+01:00\",\"end\":\"2027-03-28T10:30:00+01:00\"}]}", json);
    }

    @Test
    void noSlotsIsAnEmptyList() throws IOException {
        assertEquals("{\"slots\":[]}", write(new SlotsDto(List.of())));
    }

    @Test
    void refusesTextThatWouldNeedEscaping() {
        SlotsDto odd = new SlotsDto(List.of(new SlotsDto.SlotDto("9 \"o'clock\"", "10")));

        assertThrows(IllegalStateException.class, () -> write(odd));
    }

    private static String write(SlotsDto slots) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlotsWriter().writeTo(slots, SlotsDto.class, SlotsDto.class, null, null, null, out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
