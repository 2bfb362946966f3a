package dev.assistantskit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The whole suite against the embedded emulator (or the endpoint ASSISTANTS_ENDPOINT names), as
 * `mvn verify` runs it. Left out: {@code @slow} ({@link SlowScenariosTest} runs it). Nothing else
 * is skipped against the embedded emulator: a scenario that would be fails instead ({@link
 * dev.assistantskit.conformance.steps.Hooks}; {@link SkipReasonTest} shows it failing the JUnit
 * Platform run).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ExcludeTags("slow")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.assistantskit.conformance.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary, html:target/conformance-reports/cucumber.html,"
            + " json:target/conformance-reports/cucumber.json,"
            + " junit:target/conformance-reports/cucumber-junit.xml")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
class RunConformanceTest {}
