from newsweave.cli import main

raise SystemExit(main())
