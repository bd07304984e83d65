// The driver of scripts/fault-test (issue 12, "Must show" 6). See FaultRun.
using ProbationCase.FaultTest;

var options = FaultRunOptions.Parse(args);
return await new FaultRun(options).ExecuteAsync();
