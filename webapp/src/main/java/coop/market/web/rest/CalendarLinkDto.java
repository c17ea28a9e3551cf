package coop.market.web.rest;

/** A member's secret calendar feed address: {@code {"url": "https://.../api/v1/calendar/<secret>.ics"}}. */
public record CalendarLinkDto(String url) {
}
