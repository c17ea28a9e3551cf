package coop.market.domain.payout;

import java.util.Map;

/** Stripe, as the co-op uses it to pay members into their own connected accounts. */
public interface PayoutTransfers {

    /** Whether Stripe is set up; without it, members paid through Stripe wait in their run. */
    boolean enabled();

    /**
     * Transfers the pay-out's net amount to the member's account, keyed by the pay-out, in the run's transfer group,
     * from the card charge that funded it if known. Asking again with the same pay-out gives the same transfer.
     *
     * @return the transfer's id
     * @throws TransferRefusedException when Stripe refuses (no money moved; asking again would be refused too)
     * @throws coop.market.domain.cardpayment.CardProcessorException when Stripe could not be reached or did not
     *         answer: the transfer may or may not exist, so the pay-out is asked for again later with the same key
     */
    String transfer(Payout payout, String transferGroup);

    /**
     * The transfers Stripe has made in this transfer group, by the pay-out each was made for (its id is in the
     * transfer's metadata), every page of them. Stripe replays a key's first answer for only 24 hours: a transfer
     * made just before a crash, whose answer was never recorded, would be made again by a retry days later, so an
     * execute asks for these first and records them instead.
     *
     * @return transfer id by pay-out id
     * @throws coop.market.domain.cardpayment.CardProcessorException when Stripe could not be asked or did not answer
     */
    Map<String, String> transfersByPayout(String transferGroup);
}
