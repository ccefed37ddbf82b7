using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
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
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedPublisher",
                table: "Sources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CopyOfId",
                table: "Sources",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoryId",
                table: "Sources",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Fingerprint",
                table: "Passages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "NativeNames",
                table: "Actors",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'"); // actors stored before this column have no native names until the knowledge base is loaded again

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
