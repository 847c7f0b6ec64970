"""Certificate screens: the trainee's certificates, the register (issue, batch issue,
revoke, printed documents) and the offline verification of a certificate."""
