using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectify.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BulletinEditsAndIssuedBulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BulletinEdit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    EditedById = table.Column<Guid>(type: "uuid", nullable: true),
                    EditedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinEdit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinEdit_Round_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedBulletin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedBulletin", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssuedBulletinFile",
                columns: table => new
                {
                    IssuedBulletinId = table.Column<Guid>(type: "uuid", nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedBulletinFile", x => new { x.IssuedBulletinId, x.Format });
                    table.ForeignKey(
                        name: "FK_IssuedBulletinFile_IssuedBulletin_IssuedBulletinId",
                        column: x => x.IssuedBulletinId,
                        principalTable: "IssuedBulletin",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BulletinEdit_RoundId_Key",
                table: "BulletinEdit",
                columns: new[] { "RoundId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedBulletin_RoundId_Number",
                table: "IssuedBulletin",
                columns: new[] { "RoundId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulletinEdit");

            migrationBuilder.DropTable(
                name: "IssuedBulletinFile");

            migrationBuilder.DropTable(
                name: "IssuedBulletin");
        }
    }
}
