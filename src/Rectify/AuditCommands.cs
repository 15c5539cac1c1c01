using System.CommandLine;
using Rectify.Platform.Backup;
using Rectify.Platform.Data;

namespace Rectify;

/// <summary>`verify-audit`, `backup DIR` and `restore DIR`: the assessor's and the operator's commands.</summary>
public static class AuditCommands
{
    public static IEnumerable<Command> All(Func<string[], WebApplication> build) => [VerifyAudit(build), Backup(build), Restore(build)];

    private static Command VerifyAudit(Func<string[], WebApplication> build)
    {
        var command = new Command("verify-audit", "校验审计记录的哈希链，报告第一处断裂（断裂时退出码为 1）") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = build(Cli.Unmatched(parse));
            await using var scope = app.Services.CreateAsyncScope();
            var state = await scope.ServiceProvider.GetRequiredService<AuditVerification>().VerifyAsync(ct);
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            (state.Intact ? Console.Out : Console.Error).WriteLine(state.Summary);
            return state.Intact ? 0 : 1;
        });
        return command;
    }

    private static Command Backup(Func<string[], WebApplication> build)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "备份目录（须为空目录或不存在）" };
        var command = new Command("backup", "备份数据库、佐证材料和密钥，附 SHA-256 清单") { dir };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = build(Cli.Unmatched(parse));
            await using var scope = app.Services.CreateAsyncScope();
            return await Run(async () =>
            {
                var manifest = await scope.ServiceProvider.GetRequiredService<DataBackup>().BackupAsync(parse.GetValue(dir)!.FullName, ct);
                return $"已备份到 {parse.GetValue(dir)!.FullName}：{manifest.Files.Count:N0} 个文件，共 {manifest.Files.Sum(f => f.Bytes):N0} 字节";
            });
        });
        return command;
    }

    private static Command Restore(Func<string[], WebApplication> build)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "备份目录" };
        var command = new Command("restore", "把备份恢复到新建的空数据库和数据目录（先逐个校验 SHA-256）") { dir };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = build(Cli.Unmatched(parse));
            await using var scope = app.Services.CreateAsyncScope();
            return await Run(async () =>
            {
                var manifest = await scope.ServiceProvider.GetRequiredService<DataRestore>().RestoreAsync(parse.GetValue(dir)!.FullName, ct);
                return $"已从 {parse.GetValue(dir)!.FullName} 恢复（备份于{manifest.At.ToString("yyyy年M月d日 HH:mm")} UTC，{manifest.Files.Count:N0} 个文件已校验）";
            });
        });
        return command;
    }

    private static async Task<int> Run(Func<Task<string>> work)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        try
        {
            Console.WriteLine(await work());
            return 0;
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 1;
        }
    }
}
