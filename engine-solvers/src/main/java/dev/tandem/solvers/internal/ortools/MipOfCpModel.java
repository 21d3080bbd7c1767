package dev.tandem.solvers.internal.ortools;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolArgumentProto;
import com.google.ortools.sat.ConstraintProto;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.IntegerVariableProto;
import com.google.ortools.sat.LinearConstraintProto;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.PartialVariableAssignment;

/**
 * A CP-SAT model's linear part as a mixed-integer program for SCIP: where the model is tight as a linear program
 * (assignment-like models with clique constraints), SCIP's branch and cut proves in seconds what CP-SAT's search
 * bounds poorly. The model's solution hint, if any, becomes SCIP's hint. Variables keep their bounds and integrality; linear constraints, at-most-one,
 * exactly-one, clauses and enforced conjunctions (implications) become linear rows; every other constraint (products,
 * for instance) is left out. The program is therefore a relaxation of the model: its optimum bounds the model's, and
 * equals it when the objective does not depend on what was left out (a product that only defines a variable absent
 * from the objective).
 *
 * <p>SCIP works in doubles: the values of its answer are rounded to integers, and its bound is lowered by a relative
 * {@code 1e-9} before rounding up, so a bound reported is a proof only up to SCIP's own tolerances.
 */
public final class MipOfCpModel {

    /** SCIP's bound is lowered by this, relative, before it is rounded up: SCIP works in doubles. */
    private static final double TOLERANCE = 1e-9;
    /** Beyond this a double no longer holds every integer of the objective's scale closely enough to round. */
    private static final double LARGEST_BOUND = 1e15;

    private MipOfCpModel() {
    }

    /**
     * SCIP's answer: the best objective value found (empty when none), its proven bound, and whether it proved the
     * optimum.
     *
     * @param best the objective of the best solution found
     * @param bound the proven lower bound on the objective, rounded up to an integer (the objective is integral)
     * @param optimal whether SCIP closed the gap
     * @param leftOut how many constraints of the model the program left out
     * @param values the best solution's value of each model variable, by index; empty when none was found
     */
    public record Result(OptionalLong best, OptionalLong bound, boolean optimal, int leftOut, long[] values) {

        public Result {
            values = values.clone();
        }

        /** The best solution's value of the model variable with this index. */
        public long value(int variable) {
            return values[variable];
        }
    }

    /**
     * Minimizes {@code objective} (over the model's variables) on one SCIP thread within {@code limit}.
     *
     * @throws OrToolsUnavailableException if OR-Tools cannot load here or has no SCIP
     */
    public static Result minimize(CpModel model, LinearExpr objective, Duration limit) {
        OrToolsNative.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw OrToolsUnavailableException.withoutSolver("SCIP");
        }
        CpModelProto proto = model.model();
        MPVariable[] vars = new MPVariable[proto.getVariablesCount()];
        for (int v = 0; v < vars.length; v++) {
            IntegerVariableProto variable = proto.getVariables(v);
            List<Long> domain = variable.getDomainList();
            vars[v] = solver.makeIntVar(domain.get(0), domain.get(domain.size() - 1), "v" + v);
        }
        int leftOut = 0;
        for (ConstraintProto constraint : proto.getConstraintsList()) {
            if (!add(solver, vars, constraint)) {
                leftOut++;
            }
        }
        MPObjective goal = solver.objective();
        for (int i = 0; i < objective.numElements(); i++) {
            goal.setCoefficient(vars[objective.getVariableIndex(i)], objective.getCoefficient(i));
        }
        goal.setOffset(objective.getOffset());
        goal.setMinimization();
        if (proto.hasSolutionHint()) {
            PartialVariableAssignment hint = proto.getSolutionHint();
            MPVariable[] hinted = new MPVariable[hint.getVarsCount()];
            double[] values = new double[hinted.length];
            for (int i = 0; i < hinted.length; i++) {
                hinted[i] = vars[hint.getVars(i)];
                values[i] = hint.getValues(i);
            }
            solver.setHint(hinted, values);
        }
        solver.setTimeLimit(Math.max(1, limit.toMillis()));
        solver.setNumThreads(1);
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        MPSolver.ResultStatus status = solver.solve(parameters);
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double bound = goal.bestBound();
        long[] values = new long[found ? vars.length : 0];
        for (int v = 0; v < values.length; v++) {
            values[v] = Math.round(vars[v].solutionValue());
        }
        Result result = new Result(found ? OptionalLong.of(Math.round(goal.value())) : OptionalLong.empty(),
                found && Double.isFinite(bound) && Math.abs(bound) < LARGEST_BOUND
                        ? OptionalLong.of((long) Math.ceil(bound - TOLERANCE * Math.max(1, Math.abs(bound))))
                        : OptionalLong.empty(),
                status == MPSolver.ResultStatus.OPTIMAL, leftOut, values);
        solver.delete();
        return result;
    }

    /** Adds the constraint's linear form; false when it has none here and is left out. */
    private static boolean add(MPSolver solver, MPVariable[] vars, ConstraintProto constraint) {
        List<Integer> enforcement = constraint.getEnforcementLiteralList();
        switch (constraint.getConstraintCase()) {
            case LINEAR -> {
                if (!enforcement.isEmpty()) {
                    return false;
                }
                LinearConstraintProto linear = constraint.getLinear();
                List<Long> domain = linear.getDomainList();
                MPConstraint row = solver.makeConstraint(bound(domain.get(0)),
                        bound(domain.get(domain.size() - 1)));
                for (int i = 0; i < linear.getVarsCount(); i++) {
                    int ref = linear.getVars(i);
                    long coefficient = linear.getCoeffs(i);
                    if (ref >= 0) {
                        row.setCoefficient(vars[ref], row.getCoefficient(vars[ref]) + coefficient);
                    } else {
                        // coefficient × (1 − x): the constant moves to the bounds.
                        MPVariable x = vars[-ref - 1];
                        row.setCoefficient(x, row.getCoefficient(x) - coefficient);
                        row.setBounds(row.lb() - coefficient, row.ub() - coefficient);
                    }
                }
                return true;
            }
            case AT_MOST_ONE -> {
                return enforcement.isEmpty() && sumOfLiterals(solver, vars, constraint.getAtMostOne(),
                        -MPSolver.infinity(), 1);
            }
            case EXACTLY_ONE -> {
                return enforcement.isEmpty() && sumOfLiterals(solver, vars, constraint.getExactlyOne(), 1, 1);
            }
            case BOOL_OR -> {
                // e₁ ∧ … ∧ eₖ ⇒ l₁ ∨ … ∨ lₘ: Σ l + Σ (1 − e) ≥ 1.
                clause(solver, vars, constraint.getBoolOr().getLiteralsList(), enforcement);
                return true;
            }
            case BOOL_AND -> {
                // e₁ ∧ … ∧ eₖ ⇒ l for each l: one clause each.
                for (int literal : constraint.getBoolAnd().getLiteralsList()) {
                    clause(solver, vars, List.of(literal), enforcement);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean sumOfLiterals(MPSolver solver, MPVariable[] vars, BoolArgumentProto literals, double lb,
            double ub) {
        MPConstraint row = solver.makeConstraint(lb, ub);
        addLiterals(row, vars, literals.getLiteralsList(), 1);
        return true;
    }

    private static void clause(MPSolver solver, MPVariable[] vars, List<Integer> literals,
            List<Integer> enforcement) {
        MPConstraint row = solver.makeConstraint(1, MPSolver.infinity());
        addLiterals(row, vars, literals, 1);
        addLiterals(row, vars, enforcement.stream().map(ref -> -ref - 1).toList(), 1);
    }

    /** Adds {@code sign × literal} for each literal, a negated one as {@code 1 − x}. */
    private static void addLiterals(MPConstraint row, MPVariable[] vars, List<Integer> literals, int sign) {
        for (int ref : literals) {
            MPVariable x = vars[ref >= 0 ? ref : -ref - 1];
            if (ref >= 0) {
                row.setCoefficient(x, row.getCoefficient(x) + sign);
            } else {
                row.setCoefficient(x, row.getCoefficient(x) - sign);
                row.setBounds(row.lb() - sign, row.ub() - sign);
            }
        }
    }

    private static double bound(long value) {
        return value <= Long.MIN_VALUE / 2 ? -MPSolver.infinity()
                : value >= Long.MAX_VALUE / 2 ? MPSolver.infinity() : value;
    }
}
