/**
 * Staff, roles and logins: HTTP Basic over accounts kept in PostgreSQL, the role each command needs, and the
 * first admin account created at the first start.
 */
package com.tradeledger.security;
