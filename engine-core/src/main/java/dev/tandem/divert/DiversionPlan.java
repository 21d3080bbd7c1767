package dev.tandem.divert;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import dev.tandem.model.Money;
import dev.tandem.model.StoreId;

/**
 * Which waiting customers to offer which store (SOP 3), and those who wait.
 *
 * @param solver the name of the assignment solver that made it
 * @param offers the offers, by job order
 * @param stays the customers of overloaded stores without an offer, by job order
 * @param committed jobs already moved by accepted offers, which the receiving stores' capacity counts
 * @param expectedCost the assignment's total: offers' expected costs and the stays' expected losses
 * @param feasible whether the assignment kept every receiving store within its free bay-hours
 */
public record DiversionPlan(String solver, List<Offer> offers, List<Stay> stays, Map<JobId, StoreId> committed,
        Money expectedCost, boolean feasible) {

    public DiversionPlan {
        Objects.requireNonNull(solver, "solver");
        offers = ImmutableList.copyOf(offers);
        stays = ImmutableList.copyOf(stays);
        committed = ImmutableMap.copyOf(committed);
        Objects.requireNonNull(expectedCost, "expectedCost");
    }

    /** The customers expected to accept: the chances of acceptance, summed. */
    public double expectedAccepted() {
        return offers.stream().mapToDouble(Offer::acceptance).sum();
    }

    /** What HQ expects to pay: each offer's compensation times its chance, rounded to the fen. */
    public Money expectedCompensation() {
        return Money.ofCents(Math.round(offers.stream()
                .mapToDouble(offer -> offer.acceptance() * offer.compensation().cents()).sum()));
    }

    /** What HQ pays if every customer accepts. */
    public Money compensationIfAllAccept() {
        return offers.stream().map(Offer::compensation).reduce(Money.ZERO, Money::plus);
    }

    /** Hours of waiting beyond what the stays face, expected to be saved: wait × chance, summed. */
    public double expectedWaitSavedHours() {
        return offers.stream().mapToDouble(offer -> offer.acceptance() * offer.waitSavedHours()).sum();
    }
}
