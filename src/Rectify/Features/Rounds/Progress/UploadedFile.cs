namespace Rectify.Features.Rounds.Progress;

/// <summary>A file as it arrived: from a form, the API or a test; the stream must be seekable.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);
