using System.CommandLine;

namespace Zhicheng.Web.Cli;

/// <summary><c>zhicheng serve [--urls URL]</c>: the web app, on 127.0.0.1 unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "监听地址，默认 http://127.0.0.1:5080" };
        var command = new Command("serve", "启动网站（数据保存在 ./data）") { urls };
        command.SetAction(result =>
        {
            var value = result.GetValue(urls);
            return Serve(value is null ? [] : [$"--urls={value}"]);
        });
        return command;
    }

    public static int Serve(string[] args)
    {
        var app = WebApp.Build(args);
        app.Run();
        return 0;
    }
}
