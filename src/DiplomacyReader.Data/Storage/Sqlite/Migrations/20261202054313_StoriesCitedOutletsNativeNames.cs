using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoriesCitedOutletsNativeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "QuoteFingerprint",
                table: "Statements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedPublisher",
                table: "Sources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CopyOfId",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoryId",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Fingerprint",
                table: "Passages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NativeNames",
                table: "Actors",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_QuoteFingerprint",
                table: "Statements",
                column: "QuoteFingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_CopyOfId",
                table: "Sources",
                column: "CopyOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_StoryId",
                table: "Sources",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Passages_Fingerprint",
                table: "Passages",
                column: "Fingerprint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_QuoteFingerprint",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Sources_CopyOfId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_StoryId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Passages_Fingerprint",
                table: "Passages");

            migrationBuilder.DropColumn(
                name: "QuoteFingerprint",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "CitedPublisher",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "CopyOfId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Passages");

            migrationBuilder.DropColumn(
                name: "NativeNames",
                table: "Actors");
        }
    }
}
