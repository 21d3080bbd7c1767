package dev.tandem.advise;

import java.time.LocalDate;
import java.util.Objects;

import dev.tandem.match.LiveNetwork;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;

/**
 * Queue estimates from the capacity board alone, for a host without a workshop plan: a store whose bookings of
 * the day exceed its capacity keeps a customer waiting for the excess jobs' hours shared among its technicians on
 * duty; a store with room starts the job when it is ready. A store with no qualified technician never does.
 */
public final class CapacityQueues implements Queues {

    private final LiveNetwork live;
    private final double hoursPerJob;

    /** @param hoursPerJob workshop hours one job of daily capacity stands for */
    public CapacityQueues(LiveNetwork live, double hoursPerJob) {
        this.live = Objects.requireNonNull(live, "live");
        this.hoursPerJob = hoursPerJob;
    }

    @Override
    public double waitHours(StoreId store, StuckCustomer customer, double readyAfterHours) {
        long qualified = live.base().techniciansOf(store).stream()
                .filter(technician -> live.status(technician.id()) == TechnicianStatus.ON_DUTY)
                .filter(technician -> canDo(technician, customer))
                .count();
        if (qualified == 0) {
            return NEVER;
        }
        LocalDate date = customer.at().toLocalDate();
        int excess = live.capacity(store, date).map(day -> Math.max(0, day.booked() - day.capacity())).orElse(0);
        long onDuty = live.base().techniciansOf(store).stream()
                .filter(technician -> live.status(technician.id()) == TechnicianStatus.ON_DUTY).count();
        return Math.max(readyAfterHours, excess * hoursPerJob / Math.max(1, onDuty));
    }

    private static boolean canDo(Technician technician, StuckCustomer customer) {
        return customer.skill().equals(Skill.GENERAL)
                ? technician.level().isAtLeast(customer.level())
                : technician.isQualifiedFor(customer.skill(), customer.level());
    }
}
