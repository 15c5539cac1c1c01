using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobAndSendRecoveryMarks : Migration
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

            migrationBuilder.AddColumn<long>(
                name: "SendStartedAt",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SheetImport_State",
                table: "SheetImport",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SheetImport_State",
                table: "SheetImport");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "SheetImport");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "SheetImport");

            migrationBuilder.DropColumn(
                name: "SendStartedAt",
                table: "OutboxMessages");
        }
    }
}
