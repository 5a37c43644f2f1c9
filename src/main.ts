import './page-options';
import './ui/sozial-atlas';
