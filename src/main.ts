import './ui/sozial-atlas';
