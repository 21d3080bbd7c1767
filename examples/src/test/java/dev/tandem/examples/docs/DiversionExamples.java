package dev.tandem.examples.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolvers;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.divert.Answer;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.divert.JobId;
import dev.tandem.io.request.JobJson;
import dev.tandem.model.PlanValidation;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.DriveIndex;

/** The examples of docs/diversion.md, as code that {@link DocsExamplesTest} runs on the sample network. */
final class DiversionExamples {

    private DiversionExamples() {
    }

    record Assigned(AssignmentProblem problem, Assignment answer) {
    }

    record Diverted(List<Job> jobs, DiversionPlan plan, PlanValidation verdict, DiversionPlan next) {
    }

    static Assigned assign() {
        // snippet:assignment
        AssignmentProblem problem = AssignmentProblem.builder(3, 2)   // 3 items, 2 bins
                .capacity(0, 10).capacity(1, 6)
                .allow(0, 0, 40, 6).allow(0, 1, 25, 5)                  // item 0: bin 0 costs 40 and loads 6, bin 1 ...
                .allow(1, 0, 30, 5).allow(1, 1, 35, 4)
                .allow(2, 0, 20, 4)                                     // item 2 may only go to bin 0
                .build();                                               // IllegalArgumentException naming the values if not

        Assignment answer = AssignmentSolvers.preferred()               // Timefold with engine-solvers, else greedy
                .solve(problem, Duration.ofSeconds(5), 1L);
        answer.bin(0);          // OptionalInt: the bin, empty when unassigned
        answer.totalCost();     // exact
        answer.isFeasible();    // every item placed, every bin within capacity
        answer.score();         // overload, then unassigned, then cost: what every solver minimizes
        new AssignmentValidator(false).validate(problem, answer);      // independent: pairs, capacities, reported totals
        // end-snippet
        return new Assigned(problem, answer);
    }

    static Diverted divert(NetworkSnapshot network, Path dir) throws IOException {
        // snippet:diversion
        List<Job> jobs = JobJson.read(dir.resolve("jobs.json"), network);
        DiversionProblem problem = DiversionProblem.of(network, jobs, DiversionSettings.DEFAULT, DriveIndex.of(network));
        DiversionPlanner planner = DiversionPlanner.preferred();        // Timefold with engine-solvers, else greedy
        DiversionPlan plan = planner.plan(problem, Duration.ofSeconds(10), 1L);
        plan.offers().forEach(offer -> System.out.println(offer.job() + " → " + offer.reason()));
        // J00011 → Dongguan Nancheng: 80 min away, 8.8 bay-hours free, saves an expected 3.8 h wait
        PlanValidation verdict = new DiversionPlanValidator(DiversionSettings.DEFAULT).validate(network, jobs, plan);

        // customers answer: re-solve from the plan, accepted ones committed, refused stores never offered again
        JobId first = plan.offers().get(0).job();
        DiversionProblem after = problem.withAnswers(plan, Map.of(first, Answer.REFUSED));
        DiversionPlan next = planner.replan(after, plan, Duration.ofSeconds(5), 1L);
        // end-snippet
        return new Diverted(jobs, plan, verdict, next);
    }
}
