// parent: 0001
// --- upgrade
RETURN 1;
