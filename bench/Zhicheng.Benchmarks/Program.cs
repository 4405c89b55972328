using Zhicheng.Benchmarks;

return Cli.Run(args);
