"""The deal network: who invests in, negotiates with or partners whom, drawn and clickable."""
