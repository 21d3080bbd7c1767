package dev.tandem.examples.cli;

import java.util.concurrent.Callable;

import dev.tandem.examples.demo.SouthChinaDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the bundled South China network through Tandem: the three views of the playbook.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SouthChinaDemo.withBundledNetwork(spec.commandLine().getOut()).run();
        return 0;
    }
}
