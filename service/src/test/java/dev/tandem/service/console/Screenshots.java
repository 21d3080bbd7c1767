package dev.tandem.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots kept as build artefacts ({@code target/screenshots/NAME.png}) and checked as a person would glance at
 * them: the PNG decodes, has the browser's size, and is not blank (many colours, none covering nearly all of it).
 */
final class Screenshots {

    /** A page with content has hundreds of colours (text anti-aliasing alone makes many). */
    private static final int MIN_COLOURS = 40;
    /** No single colour may cover more than this share: a blank or one-colour page fails. */
    private static final double MAX_SHARE_OF_ONE_COLOUR = 0.97;

    private final Path folder;

    Screenshots(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes, saves and checks a screenshot; returns the decoded image. */
    BufferedImage take(TakesScreenshot browser, String name) {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path file = folder.resolve(name + ".png");
        try {
            Files.write(file, png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("screenshot %s decodes as PNG", file).isNotNull();
            assertNotBlank(image, file.toString());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNotBlank(BufferedImage image, String name) {
        Map<Integer, Integer> colours = new HashMap<>();
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                samples++;
            }
        }
        int commonest = colours.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(colours.size()).as("distinct colours in %s", name).isGreaterThan(MIN_COLOURS);
        assertThat((double) commonest / samples).as("share of the commonest colour in %s", name)
                .isLessThan(MAX_SHARE_OF_ONE_COLOUR);
    }
}
