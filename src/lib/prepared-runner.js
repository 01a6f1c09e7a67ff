/**
 * Runs SQL text with bound parameters on `conn`, keeping the prepared statements of the `limit` most
 * recent texts. A control change runs the same queries with other values; preparing and closing a
 * statement each time would be two more round trips to the worker, each waiting for a main thread
 * that is busy drawing the previous answers. Queries are not queued here: the worker answers
 * messages in the order they are sent, so it can compute the next query while the page draws.
 */
export function preparedRunner(conn, {limit = 64} = {}) {
  const statements = new Map();
  const evict = () => {
    const [text, statement] = statements.entries().next().value;
    statements.delete(text);
    // A query already waiting for this statement sends its message before this close.
    statement.then((s) => s.close()).catch(() => {});
  };
  return async (text, params) => {
    if (params.length === 0) return conn.query(text);
    let statement = statements.get(text);
    if (statement) statements.delete(text);
    else {
      statement = conn.prepare(text);
      statement.catch(() => statements.get(text) === statement && statements.delete(text));
    }
    statements.set(text, statement);
    if (statements.size > limit) evict();
    return (await statement).query(...params);
  };
}
