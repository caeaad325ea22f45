package dev.skillfast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The structure rules of docs/architecture.md, checked on the compiled production classes: features
 * ({@code dev.skillfast.<feature>..}) depend on each other without cycles and on {@code platform}, which
 * depends on no feature; a feature's store is its own; api classes do not touch MongoDB; code below the
 * api layer knows no HTTP.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.skillfast.";
    private static final String PLATFORM = "platform";

    /**
     * Classes below the api layer that may depend on JAX-RS, each with the reason it cannot avoid it.
     * None needs to today; add one only with a reason a reviewer would accept.
     */
    static final Map<String, String> MAY_USE_JAX_RS_BELOW_THE_API = Map.of();

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillfast");
    }

    /** The feature a class belongs to ({@code accounts}, {@code platform} …), or null outside dev.skillfast.*. */
    static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        int end = name.indexOf('.', ROOT.length());
        return end < 0 ? name.substring(ROOT.length()) : name.substring(ROOT.length(), end);
    }

    private static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe(
            "are in a feature (dev.skillfast.<feature>.., not platform)",
            type -> featureOf(type) != null && !PLATFORM.equals(featureOf(type)));

    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return IN_A_FEATURE.test(type) ? SliceIdentifier.of(featureOf(type)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "features dev.skillfast.<feature>.. (platform, which any feature may use, is no slice)";
        }
    };

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        SlicesRuleDefinition.slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(production);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + PLATFORM + "..")
                .should().dependOnClassesThat(IN_A_FEATURE)
                .check(production);
    }

    @Test
    void aFeaturesStoreIsUsedByThatFeatureOnly() {
        classes().should(useOnlyTheirOwnFeaturesStores()).check(production);
    }

    @Test
    void apiClassesDoNotTouchMongoDb() {
        noClasses().that().resideInAPackage(ROOT + "*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..",
                        ROOT + PLATFORM + ".mongo.embedded..")
                .because("MongoDB is the store layer's business (docs/architecture.md, Features and packages)")
                .check(production);
    }

    @Test
    void apiClassesGoThroughTheDomainNotTheStore() {
        noClasses().that().resideInAPackage(ROOT + "*.api..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "*.store..")
                .check(production);
    }

    @Test
    void codeBelowTheApiLayerKnowsNoJaxRs() {
        noClasses().that().resideInAnyPackage(ROOT + "*.domain..", ROOT + "*.store..", ROOT + "demo..",
                        ROOT + PLATFORM + ".errors..", ROOT + PLATFORM + ".input..", ROOT + PLATFORM + ".mongo..",
                        ROOT + PLATFORM + ".time..")
                .and(DescribedPredicate.describe("are not exempt", type -> !MAY_USE_JAX_RS_BELOW_THE_API.containsKey(type.getName())))
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(production);
    }

    @Test
    void stripeJavaStaysInsideTheStripeAdapter() {
        noClasses().that().resideOutsideOfPackage(ROOT + "payments.stripe..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .because("payments talk to Stripe through the PaymentGateway, PayoutGateway and ConnectOnboarding "
                        + "interfaces; only their adapter knows stripe-java (docs/architecture.md)")
                .check(production);
    }

    @Test
    void paymentsDomainKnowsNoProviderAdapter() {
        noClasses().that().resideInAPackage(ROOT + "payments.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "payments.stripe..", ROOT + "payments.paypal..")
                .check(production);
    }

    @Test
    void domainCodeThrowsTheDomainExceptionsNotHttpProblems() {
        noClasses().that().resideInAnyPackage(ROOT + "*.domain..", ROOT + "*.store..", ROOT + "demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + PLATFORM + ".problem..")
                .because("domain refusals are the exceptions of platform.errors; platform.problem maps them to HTTP")
                .check(production);
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesStores() {
        return new ArchCondition<>("use only the store classes of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = featureOf(target);
                    boolean store = feature != null && target.getPackageName().startsWith(ROOT + feature + ".store");
                    if (store && !feature.equals(featureOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
