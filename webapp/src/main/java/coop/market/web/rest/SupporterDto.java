package coop.market.web.rest;

import coop.market.application.SupportService.SupporterView;
import java.time.ZoneId;

/** One person in a member's circle of support. */
public record SupporterDto(String id, String email, String relationship, boolean canAnswer, String since) {

    static SupporterDto of(SupporterView view, ZoneId zone) {
        return new SupporterDto(view.id(), view.email(), view.relationship(), view.canAnswer(),
                Times.format(view.since(), zone));
    }
}
