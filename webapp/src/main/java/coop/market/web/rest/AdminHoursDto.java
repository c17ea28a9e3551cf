package coop.market.web.rest;

import coop.market.domain.earnings.AdminHours;

/** Admin time recorded for a member. */
public record AdminHoursDto(String id, String date, int minutes, String note) {

    static AdminHoursDto of(AdminHours hours) {
        return new AdminHoursDto(hours.id(), hours.workedOn().toString(), hours.minutes(), hours.note());
    }
}
