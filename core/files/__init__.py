"""Files people sent that are kept on this server, sealed, and whose each one is."""
