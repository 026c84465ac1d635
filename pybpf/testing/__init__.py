"""Testing support shared by pybpf's test suites: a generator of verifiable random programs (:mod:`.gen`) and the
kernel-vs-interpreter differential harness (:mod:`.differential`)."""
