package com.masthead.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's ChromeDriver, both at fixed paths, so Selenium Manager never looks for
 * (or downloads) a browser or a driver. Missing binaries fail the test with the command that installs them: CI
 * installs them ({@code .ci/run}), so a browser test is never skipped.
 *
 * <p>System properties: {@code browser.binary} and {@code browser.driver} move the binaries,
 * {@code browser.headless=false} shows the window (for debugging on a desktop).
 */
final class Chromium {

    static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

    private Chromium() {}

    /** A new browser with its own fresh profile directory, which the caller deletes after {@code quit()}. */
    static ChromeDriver start(Path profile) {
        requireExecutable(BINARY, "chromium");
        requireExecutable(DRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        if (!"false".equals(System.getProperty("browser.headless"))) {
            options.addArguments("--headless");
        }
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    static Path newProfile() {
        try {
            return Files.createTempDirectory("masthead-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The browser tests need " + path + " (Debian package " + debianPackage
                    + "): run `sudo apt-get install -y chromium chromium-driver fonts-noto-cjk` (as .ci/run does),"
                    + " or point -Dbrowser.binary / -Dbrowser.driver at another Chromium and its ChromeDriver.");
        }
    }
}
