//! The five bundled systems (`stacks/`), applied and destroyed three times in a row on one
//! emulator, as a team rebuilding them daily would: every cycle ends with nothing of them
//! left, counted through the services' own APIs.

use super::{assert_ok, Emulator};

/// What the inventory counts (every kind the systems make).
const COUNTED: [&str; 31] = [
    "buckets",
    "tables",
    "queues",
    "streams",
    "log_groups",
    "functions",
    "function_urls",
    "repositories",
    "images",
    "topics",
    "parameters",
    "keys",
    "alarms",
    "rules",
    "rest_apis",
    "http_apis",
    "user_pools",
    "roles",
    "vpcs",
    "subnets",
    "route_tables",
    "nat_gateways",
    "eips",
    "internet_gateways",
    "security_groups",
    "clusters",
    "services",
    "task_definitions",
    "load_balancers",
    "target_groups",
    "certificates",
];

fn counts(inventory: &serde_json::Value) -> Vec<(&'static str, i64)> {
    COUNTED.iter().map(|k| (*k, inventory[k].as_i64().unwrap_or(-1))).collect()
}

#[test]
fn the_bundled_systems_apply_and_destroy_three_times_leaving_nothing_behind() {
    let emu = Emulator::start("systems");
    let before = counts(&emu.inventory());
    for cycle in 1..=3 {
        let app = forma_stacks::app();
        // The morning: the image's commit tag is the one parameter without a default.
        let applied = emu.forma(&app, "apply", &["--all", "-p", "web-service:ImageTag=0a1b2c3"]);
        assert_ok(&applied);
        let made = counts(&emu.inventory());
        let expected = [
            "buckets",
            "tables",
            "queues",
            "streams",
            "functions",
            "function_urls",
            "repositories",
            "topics",
            "parameters",
            "keys",
            "alarms",
            "rules",
            "rest_apis",
            "http_apis",
            "user_pools",
            "clusters",
            "services",
            "load_balancers",
        ];
        for kind in expected {
            let n = |c: &[(&str, i64)]| c.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n);
            assert!(n(&made) > n(&before), "cycle {cycle}: no {kind} was made: {made:?}");
        }
        // The day: an image is pushed, objects land in the buckets.
        emu.push_image("web-service", "0a1b2c3");
        // The night.
        let destroyed = emu.forma(&app, "destroy", &["--all"]);
        assert_ok(&destroyed);
        assert_eq!(counts(&emu.inventory()), before, "cycle {cycle}: something was left behind");
    }
}
