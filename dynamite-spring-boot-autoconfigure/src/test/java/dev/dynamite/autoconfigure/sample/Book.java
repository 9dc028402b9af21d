package dev.dynamite.autoconfigure.sample;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;

/** A test entity: table "books" (plus the configured prefix), with a global index on the author. */
@DynamiteTable
public class Book {

	@PrimaryKey
	private String isbn;

	@GlobalIndex
	private String author;

	private String title;

	public Book() {
	}

	public Book(String isbn, String author, String title) {
		this.isbn = isbn;
		this.author = author;
		this.title = title;
	}

	public String getIsbn() {
		return this.isbn;
	}

	public void setIsbn(String isbn) {
		this.isbn = isbn;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}
}
