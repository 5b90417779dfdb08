"""Learning from results (issue 19): creative ids that survive posting, platform reports imported into a
local SQLite store, a pooled Bayesian model of which creative features win per market, and the planner
and variant scoring that use it. `records` holds the shapes every part shares."""
