using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecoveryAccountsAuditChainRoundSourcesAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "SheetImport",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "SheetImport",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceHash",
                table: "Round",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SendStartedAt",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "PasswordChangedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Appeal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimeLimitWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeLimit = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimeLimitUncertain = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandlingRound = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TransferToUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransferReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TransferRefusedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SendBackReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplyApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExternalCaller = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrackingCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RaisedProblemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeal_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appeal_Units_TransferToUnitId",
                        column: x => x.TransferToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appeal_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PasswordHistoryEntry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReplacedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PasswordHistoryEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PasswordHistoryEntry_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignInFailure",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailure", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppealAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealAttachment_Appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppealConsultation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealConsultation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealConsultation_Appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppealHandling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeLimitWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimit = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeLimitUncertain = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SentBackCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealHandling", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealHandling_Appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppealHandling_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SheetImport_State",
                table: "SheetImport",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Round_SourceHash",
                table: "Round",
                column: "SourceHash");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true,
                filter: "\"Hash\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_CreditCode",
                table: "Appeal",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_EnterpriseName",
                table: "Appeal",
                column: "EnterpriseName");

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_ExternalCaller_ExternalId",
                table: "Appeal",
                columns: new[] { "ExternalCaller", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_OwnerUnitId_State_SubmittedAt",
                table: "Appeal",
                columns: new[] { "OwnerUnitId", "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_RaisedProblemId",
                table: "Appeal",
                column: "RaisedProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_TrackingCodeHash",
                table: "Appeal",
                column: "TrackingCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_TransferToUnitId",
                table: "Appeal",
                column: "TransferToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeal_UnitId_State_TimeLimit",
                table: "Appeal",
                columns: new[] { "UnitId", "State", "TimeLimit" });

            migrationBuilder.CreateIndex(
                name: "IX_AppealAttachment_AppealId",
                table: "AppealAttachment",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealConsultation_AppealId",
                table: "AppealConsultation",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealHandling_AppealId_Sequence",
                table: "AppealHandling",
                columns: new[] { "AppealId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppealHandling_UnitId_AssignedOn",
                table: "AppealHandling",
                columns: new[] { "UnitId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PasswordHistoryEntry_UserId_ReplacedAt",
                table: "PasswordHistoryEntry",
                columns: new[] { "UserId", "ReplacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailure_At",
                table: "SignInFailure",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailure_Key_At",
                table: "SignInFailure",
                columns: new[] { "Key", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealAttachment");

            migrationBuilder.DropTable(
                name: "AppealConsultation");

            migrationBuilder.DropTable(
                name: "AppealHandling");

            migrationBuilder.DropTable(
                name: "PasswordHistoryEntry");

            migrationBuilder.DropTable(
                name: "SignInFailure");

            migrationBuilder.DropTable(
                name: "Appeal");

            migrationBuilder.DropIndex(
                name: "IX_SheetImport_State",
                table: "SheetImport");

            migrationBuilder.DropIndex(
                name: "IX_Round_SourceHash",
                table: "Round");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "SheetImport");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "SheetImport");

            migrationBuilder.DropColumn(
                name: "SourceHash",
                table: "Round");

            migrationBuilder.DropColumn(
                name: "SendStartedAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PasswordChangedAt",
                table: "AspNetUsers");
        }
    }
}
