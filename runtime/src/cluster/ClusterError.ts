/** Stable codes of {@link ClusterError}s. */
export type ClusterErrorCode = 'CLUSTER_INVALID_OPTION' | 'CLUSTER_PROCESS_FAILED' | 'CLUSTER_RESTART_TIMEOUT' | 'CLUSTER_STOPPED';

/** The base of every cluster error: a stable `code`, carried in `name` too. Never contains the token. */
export class ClusterError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: ClusterErrorCode;

	public constructor(code: ClusterErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
