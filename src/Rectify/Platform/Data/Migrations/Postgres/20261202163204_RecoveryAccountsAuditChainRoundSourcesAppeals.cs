using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecoveryAccountsAuditChainRoundSourcesAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Secret",
                table: "WebhookEndpoint",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "SheetImport",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeartbeatAt",
                table: "SheetImport",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceHash",
                table: "Round",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SendStartedAt",
                table: "OutboxMessages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PasswordChangedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Appeal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TimeLimitWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    TimeLimit = table.Column<DateOnly>(type: "date", nullable: true),
                    TimeLimitUncertain = table.Column<bool>(type: "boolean", nullable: false),
                    HandlingRound = table.Column<int>(type: "integer", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnCount = table.Column<int>(type: "integer", nullable: false),
                    TransferToUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    TransferReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TransferRefusedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReplyText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SendBackReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReplyApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Rating = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExternalCaller = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TrackingCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RaisedProblemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailure", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppealAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppealId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppealId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Participants = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeLimitWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    TimeLimit = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeLimitUncertain = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentBackCount = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "IX_Appeal_Text_trgm",
                table: "Appeal",
                column: "Text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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

            migrationBuilder.AlterColumn<string>(
                name: "Secret",
                table: "WebhookEndpoint",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);
        }
    }
}
