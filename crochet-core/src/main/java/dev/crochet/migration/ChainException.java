package dev.crochet.migration;

import dev.crochet.CrochetException;

/** The migrations do not form one linear chain; the message names the revisions. */
public class ChainException extends CrochetException {

	private static final long serialVersionUID = 1L;

	public ChainException(String message) {
		super(message);
	}

}
