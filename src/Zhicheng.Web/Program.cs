using Zhicheng.Web.Cli;

return ZhichengCommandLine.Run(args);

/// <summary>The program's entry point (named for WebApplicationFactory in tests).</summary>
public partial class Program;
