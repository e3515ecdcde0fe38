module.exports = "stub-asset";
