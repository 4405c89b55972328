namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// A secret kept in a file of its own (mode 600, in a directory only the service's user may enter), created on first use.
/// Two processes creating it at once end with one secret: each writes a temporary file and moves it into place without
/// overwriting, and whoever loses reads the winner's.
/// </summary>
internal static class KeyFile
{
    /// <summary>The text of <paramref name="file"/>, writing <paramref name="create"/>'s first when there is no such file.</summary>
    public static string ReadOrCreate(string file, Func<string> create)
    {
        if (File.Exists(file))
        {
            return File.ReadAllText(file);
        }
        var directory = Path.GetDirectoryName(file)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var temporary = Path.Combine(directory, $".{Path.GetFileName(file)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            WritePrivate(temporary, create());
            File.Move(temporary, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process (or thread) put its secret there first: use that one.
        }
        finally
        {
            File.Delete(temporary);
        }
        return File.ReadAllText(file);
    }

    private static void WritePrivate(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(text);
        }
        stream.Flush(flushToDisk: true);
    }
}
