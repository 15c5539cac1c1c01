namespace Rectify.Platform.Data;

/// <summary>Files only the service's own account may read (等保: keys, the database and evidence are not world-readable).</summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder 0700 (and tightens it if it exists).</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Makes the file 0600.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(path, OwnerOnly);
    }

    /// <summary>Creates an empty file 0600 if it is missing, so what opens it later inherits the mode (SQLite's -wal and -shm do).</summary>
    public static void CreateFile(string path)
    {
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
            try { using var _ = new FileStream(path, options); }
            catch (IOException) when (File.Exists(path)) { }
        }
        Restrict(path);
    }
}
