// @generated from AWS::QuickSight::CustomPermissions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::CustomPermissions` and its property types.

/// Definition of the AWS::QuickSight::CustomPermissions Resource Type.
///
/// CloudFormation type `AWS::QuickSight::CustomPermissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPermissions {
    props: ::forma_core::schema::Props,
}
impl CustomPermissions {
    /// A new resource with its required properties: `AwsAccountId`, `CustomPermissionsName`.
    #[track_caller]
    pub fn new(
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        custom_permissions_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, custom_permissions_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Capabilities`.
    #[track_caller]
    pub fn capabilities(mut self, value: impl ::std::convert::Into<::forma_core::Value<Capabilities>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomPermissions {
    type Attributes = CustomPermissionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::CustomPermissions"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::QuickSight::CustomPermissions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomPermissionsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomPermissionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomPermissionsAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapabilityState {
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapabilityState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DENY"]
    }
}
impl ::std::convert::From<CapabilityState> for ::forma_core::Value<CapabilityState> {
    fn from(v: CapabilityState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapabilityState {}

/// The `Capabilities` property type of `AWS::QuickSight::CustomPermissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct Capabilities {
    props: ::forma_core::schema::Props,
}
impl Capabilities {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessAppsNativeDataStore`.
    pub fn access_apps_native_data_store(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `AddOrRunAnomalyDetectionForAnalyses`.
    pub fn add_or_run_anomaly_detection_for_analyses(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `AmazonBedrockARSAction`.
    pub fn amazon_bedrock_ars_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `AmazonBedrockFSAction`.
    pub fn amazon_bedrock_fs_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `AmazonBedrockKRSAction`.
    pub fn amazon_bedrock_krs_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `AmazonSThreeAction`.
    pub fn amazon_s_three_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `Analysis`.
    pub fn analysis(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `ApproveFlowShareRequests`.
    pub fn approve_flow_share_requests(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `Apps`.
    pub fn apps(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// `AsanaAction`.
    pub fn asana_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `Automate`.
    pub fn automate(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// `BambooHRAction`.
    pub fn bamboo_hr_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `BoxAgentAction`.
    pub fn box_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// `BuildCalculatedFieldWithQ`.
    pub fn build_calculated_field_with_q(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// `CanvaAgentAction`.
    pub fn canva_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(15, value.into_enum_expr());
        self
    }
    /// `ChatAgent`.
    pub fn chat_agent(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(16, value.into_enum_expr());
        self
    }
    /// `ComprehendAction`.
    pub fn comprehend_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(17, value.into_enum_expr());
        self
    }
    /// `ComprehendMedicalAction`.
    pub fn comprehend_medical_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(18, value.into_enum_expr());
        self
    }
    /// `ConfluenceAction`.
    pub fn confluence_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(19, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateAmazonBedrockARSAction`.
    pub fn create_and_update_amazon_bedrock_ars_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(20, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateAmazonBedrockFSAction`.
    pub fn create_and_update_amazon_bedrock_fs_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(21, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateAmazonBedrockKRSAction`.
    pub fn create_and_update_amazon_bedrock_krs_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(22, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateAmazonSThreeAction`.
    pub fn create_and_update_amazon_s_three_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(23, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateApps`.
    pub fn create_and_update_apps(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(24, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateAsanaAction`.
    pub fn create_and_update_asana_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(25, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateBambooHRAction`.
    pub fn create_and_update_bamboo_hr_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(26, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateBoxAgentAction`.
    pub fn create_and_update_box_agent_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(27, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateCanvaAgentAction`.
    pub fn create_and_update_canva_agent_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(28, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateComprehendAction`.
    pub fn create_and_update_comprehend_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(29, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateComprehendMedicalAction`.
    pub fn create_and_update_comprehend_medical_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(30, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateConfluenceAction`.
    pub fn create_and_update_confluence_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(31, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateDashboardEmailReports`.
    pub fn create_and_update_dashboard_email_reports(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(32, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateDataSources`.
    pub fn create_and_update_data_sources(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(33, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateDatasets`.
    pub fn create_and_update_datasets(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(34, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateFactSetAction`.
    pub fn create_and_update_fact_set_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(35, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateGenericHTTPAction`.
    pub fn create_and_update_generic_http_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(36, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateGithubAction`.
    pub fn create_and_update_github_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(37, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateGoogleCalendarAction`.
    pub fn create_and_update_google_calendar_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(38, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateHubspotAction`.
    pub fn create_and_update_hubspot_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(39, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateHuggingFaceAction`.
    pub fn create_and_update_hugging_face_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(40, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateIntercomAction`.
    pub fn create_and_update_intercom_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(41, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateJiraAction`.
    pub fn create_and_update_jira_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(42, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateKnowledgeBases`.
    pub fn create_and_update_knowledge_bases(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(43, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateLinearAction`.
    pub fn create_and_update_linear_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(44, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateMCPAction`.
    pub fn create_and_update_mcp_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(45, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateMSExchangeAction`.
    pub fn create_and_update_ms_exchange_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(46, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateMSTeamsAction`.
    pub fn create_and_update_ms_teams_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(47, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateMondayAction`.
    pub fn create_and_update_monday_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(48, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateNewRelicAction`.
    pub fn create_and_update_new_relic_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(49, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateNotionAction`.
    pub fn create_and_update_notion_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(50, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateOneDriveAction`.
    pub fn create_and_update_one_drive_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(51, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateOpenAPIAction`.
    pub fn create_and_update_open_api_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(52, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdatePagerDutyAction`.
    pub fn create_and_update_pager_duty_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(53, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSAPBillOfMaterialAction`.
    pub fn create_and_update_sap_bill_of_material_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(54, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSAPBusinessPartnerAction`.
    pub fn create_and_update_sap_business_partner_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(55, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSAPMaterialStockAction`.
    pub fn create_and_update_sap_material_stock_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(56, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSAPPhysicalInventoryAction`.
    pub fn create_and_update_sap_physical_inventory_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(57, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSAPProductMasterDataAction`.
    pub fn create_and_update_sap_product_master_data_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(58, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSalesforceAction`.
    pub fn create_and_update_salesforce_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(59, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSandPGMIAction`.
    pub fn create_and_update_sand_pgmi_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(60, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSandPGlobalEnergyAction`.
    pub fn create_and_update_sand_p_global_energy_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(61, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateServiceNowAction`.
    pub fn create_and_update_service_now_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(62, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSharePointAction`.
    pub fn create_and_update_share_point_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(63, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSlackAction`.
    pub fn create_and_update_slack_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(64, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateSmartsheetAction`.
    pub fn create_and_update_smartsheet_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(65, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateTextractAction`.
    pub fn create_and_update_textract_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(66, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateThemes`.
    pub fn create_and_update_themes(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(67, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateThresholdAlerts`.
    pub fn create_and_update_threshold_alerts(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(68, value.into_enum_expr());
        self
    }
    /// `CreateAndUpdateZendeskAction`.
    pub fn create_and_update_zendesk_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(69, value.into_enum_expr());
        self
    }
    /// `CreateChatAgents`.
    pub fn create_chat_agents(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(70, value.into_enum_expr());
        self
    }
    /// `CreateDashboardExecutiveSummaryWithQ`.
    pub fn create_dashboard_executive_summary_with_q(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(71, value.into_enum_expr());
        self
    }
    /// `CreateSPICEDataset`.
    pub fn create_spice_dataset(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(72, value.into_enum_expr());
        self
    }
    /// `CreateSharedFolders`.
    pub fn create_shared_folders(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(73, value.into_enum_expr());
        self
    }
    /// `CreateSpaces`.
    pub fn create_spaces(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(74, value.into_enum_expr());
        self
    }
    /// `Dashboard`.
    pub fn dashboard(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(75, value.into_enum_expr());
        self
    }
    /// `EditVisualWithQ`.
    pub fn edit_visual_with_q(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(76, value.into_enum_expr());
        self
    }
    /// `ExportToCsv`.
    pub fn export_to_csv(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(77, value.into_enum_expr());
        self
    }
    /// `ExportToCsvInScheduledReports`.
    pub fn export_to_csv_in_scheduled_reports(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(78, value.into_enum_expr());
        self
    }
    /// `ExportToExcel`.
    pub fn export_to_excel(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(79, value.into_enum_expr());
        self
    }
    /// `ExportToExcelInScheduledReports`.
    pub fn export_to_excel_in_scheduled_reports(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(80, value.into_enum_expr());
        self
    }
    /// `ExportToPdf`.
    pub fn export_to_pdf(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(81, value.into_enum_expr());
        self
    }
    /// `ExportToPdfInScheduledReports`.
    pub fn export_to_pdf_in_scheduled_reports(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(82, value.into_enum_expr());
        self
    }
    /// `Extension`.
    pub fn extension(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(83, value.into_enum_expr());
        self
    }
    /// `FactSetAction`.
    pub fn fact_set_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(84, value.into_enum_expr());
        self
    }
    /// `Flow`.
    pub fn flow(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(85, value.into_enum_expr());
        self
    }
    /// `GenericHTTPAction`.
    pub fn generic_http_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(86, value.into_enum_expr());
        self
    }
    /// `GithubAction`.
    pub fn github_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(87, value.into_enum_expr());
        self
    }
    /// `GoogleCalendarAction`.
    pub fn google_calendar_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(88, value.into_enum_expr());
        self
    }
    /// `HubspotAction`.
    pub fn hubspot_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(89, value.into_enum_expr());
        self
    }
    /// `HuggingFaceAction`.
    pub fn hugging_face_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(90, value.into_enum_expr());
        self
    }
    /// `IncludeContentInScheduledReportsEmail`.
    pub fn include_content_in_scheduled_reports_email(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(91, value.into_enum_expr());
        self
    }
    /// `IntercomAction`.
    pub fn intercom_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(92, value.into_enum_expr());
        self
    }
    /// `InvokeAppsAIInference`.
    pub fn invoke_apps_ai_inference(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(93, value.into_enum_expr());
        self
    }
    /// `JiraAction`.
    pub fn jira_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(94, value.into_enum_expr());
        self
    }
    /// `KnowledgeBase`.
    pub fn knowledge_base(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(95, value.into_enum_expr());
        self
    }
    /// `LinearAction`.
    pub fn linear_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(96, value.into_enum_expr());
        self
    }
    /// `MCPAction`.
    pub fn mcp_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(97, value.into_enum_expr());
        self
    }
    /// `MSExchangeAction`.
    pub fn ms_exchange_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(98, value.into_enum_expr());
        self
    }
    /// `MSTeamsAction`.
    pub fn ms_teams_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(99, value.into_enum_expr());
        self
    }
    /// `ManageSharedFolders`.
    pub fn manage_shared_folders(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(100, value.into_enum_expr());
        self
    }
    /// `MondayAction`.
    pub fn monday_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(101, value.into_enum_expr());
        self
    }
    /// `NewRelicAction`.
    pub fn new_relic_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(102, value.into_enum_expr());
        self
    }
    /// `NotionAction`.
    pub fn notion_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(103, value.into_enum_expr());
        self
    }
    /// `OneDriveAction`.
    pub fn one_drive_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(104, value.into_enum_expr());
        self
    }
    /// `OpenAPIAction`.
    pub fn open_api_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(105, value.into_enum_expr());
        self
    }
    /// `PagerDutyAction`.
    pub fn pager_duty_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(106, value.into_enum_expr());
        self
    }
    /// `PerformFlowUiTask`.
    pub fn perform_flow_ui_task(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(107, value.into_enum_expr());
        self
    }
    /// `PrintReports`.
    pub fn print_reports(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(108, value.into_enum_expr());
        self
    }
    /// `PublishWithoutApproval`.
    pub fn publish_without_approval(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(109, value.into_enum_expr());
        self
    }
    /// `RenameSharedFolders`.
    pub fn rename_shared_folders(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(110, value.into_enum_expr());
        self
    }
    /// `Research`.
    pub fn research(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(111, value.into_enum_expr());
        self
    }
    /// `SAPBillOfMaterialAction`.
    pub fn sap_bill_of_material_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(112, value.into_enum_expr());
        self
    }
    /// `SAPBusinessPartnerAction`.
    pub fn sap_business_partner_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(113, value.into_enum_expr());
        self
    }
    /// `SAPMaterialStockAction`.
    pub fn sap_material_stock_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(114, value.into_enum_expr());
        self
    }
    /// `SAPPhysicalInventoryAction`.
    pub fn sap_physical_inventory_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(115, value.into_enum_expr());
        self
    }
    /// `SAPProductMasterDataAction`.
    pub fn sap_product_master_data_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(116, value.into_enum_expr());
        self
    }
    /// `SalesforceAction`.
    pub fn salesforce_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(117, value.into_enum_expr());
        self
    }
    /// `SandPGMIAction`.
    pub fn sand_pgmi_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(118, value.into_enum_expr());
        self
    }
    /// `SandPGlobalEnergyAction`.
    pub fn sand_p_global_energy_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(119, value.into_enum_expr());
        self
    }
    /// `ServiceNowAction`.
    pub fn service_now_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(120, value.into_enum_expr());
        self
    }
    /// `ShareAmazonBedrockARSAction`.
    pub fn share_amazon_bedrock_ars_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(121, value.into_enum_expr());
        self
    }
    /// `ShareAmazonBedrockFSAction`.
    pub fn share_amazon_bedrock_fs_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(122, value.into_enum_expr());
        self
    }
    /// `ShareAmazonBedrockKRSAction`.
    pub fn share_amazon_bedrock_krs_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(123, value.into_enum_expr());
        self
    }
    /// `ShareAmazonSThreeAction`.
    pub fn share_amazon_s_three_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(124, value.into_enum_expr());
        self
    }
    /// `ShareAnalyses`.
    pub fn share_analyses(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(125, value.into_enum_expr());
        self
    }
    /// `ShareApps`.
    pub fn share_apps(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(126, value.into_enum_expr());
        self
    }
    /// `ShareAsanaAction`.
    pub fn share_asana_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(127, value.into_enum_expr());
        self
    }
    /// `ShareBambooHRAction`.
    pub fn share_bamboo_hr_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(128, value.into_enum_expr());
        self
    }
    /// `ShareBoxAgentAction`.
    pub fn share_box_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(129, value.into_enum_expr());
        self
    }
    /// `ShareCanvaAgentAction`.
    pub fn share_canva_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(130, value.into_enum_expr());
        self
    }
    /// `ShareChatAgents`.
    pub fn share_chat_agents(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(131, value.into_enum_expr());
        self
    }
    /// `ShareComprehendAction`.
    pub fn share_comprehend_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(132, value.into_enum_expr());
        self
    }
    /// `ShareComprehendMedicalAction`.
    pub fn share_comprehend_medical_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(133, value.into_enum_expr());
        self
    }
    /// `ShareConfluenceAction`.
    pub fn share_confluence_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(134, value.into_enum_expr());
        self
    }
    /// `ShareDashboards`.
    pub fn share_dashboards(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(135, value.into_enum_expr());
        self
    }
    /// `ShareDataSources`.
    pub fn share_data_sources(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(136, value.into_enum_expr());
        self
    }
    /// `ShareDatasets`.
    pub fn share_datasets(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(137, value.into_enum_expr());
        self
    }
    /// `ShareFactSetAction`.
    pub fn share_fact_set_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(138, value.into_enum_expr());
        self
    }
    /// `ShareGenericHTTPAction`.
    pub fn share_generic_http_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(139, value.into_enum_expr());
        self
    }
    /// `ShareGithubAction`.
    pub fn share_github_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(140, value.into_enum_expr());
        self
    }
    /// `ShareGoogleCalendarAction`.
    pub fn share_google_calendar_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(141, value.into_enum_expr());
        self
    }
    /// `ShareHubspotAction`.
    pub fn share_hubspot_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(142, value.into_enum_expr());
        self
    }
    /// `ShareHuggingFaceAction`.
    pub fn share_hugging_face_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(143, value.into_enum_expr());
        self
    }
    /// `ShareIntercomAction`.
    pub fn share_intercom_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(144, value.into_enum_expr());
        self
    }
    /// `ShareJiraAction`.
    pub fn share_jira_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(145, value.into_enum_expr());
        self
    }
    /// `ShareKnowledgeBases`.
    pub fn share_knowledge_bases(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(146, value.into_enum_expr());
        self
    }
    /// `ShareLinearAction`.
    pub fn share_linear_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(147, value.into_enum_expr());
        self
    }
    /// `ShareMCPAction`.
    pub fn share_mcp_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(148, value.into_enum_expr());
        self
    }
    /// `ShareMSExchangeAction`.
    pub fn share_ms_exchange_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(149, value.into_enum_expr());
        self
    }
    /// `ShareMSTeamsAction`.
    pub fn share_ms_teams_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(150, value.into_enum_expr());
        self
    }
    /// `ShareMondayAction`.
    pub fn share_monday_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(151, value.into_enum_expr());
        self
    }
    /// `ShareNewRelicAction`.
    pub fn share_new_relic_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(152, value.into_enum_expr());
        self
    }
    /// `ShareNotionAction`.
    pub fn share_notion_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(153, value.into_enum_expr());
        self
    }
    /// `ShareOneDriveAction`.
    pub fn share_one_drive_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(154, value.into_enum_expr());
        self
    }
    /// `ShareOpenAPIAction`.
    pub fn share_open_api_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(155, value.into_enum_expr());
        self
    }
    /// `SharePagerDutyAction`.
    pub fn share_pager_duty_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(156, value.into_enum_expr());
        self
    }
    /// `SharePointAction`.
    pub fn share_point_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(157, value.into_enum_expr());
        self
    }
    /// `ShareSAPBillOfMaterialAction`.
    pub fn share_sap_bill_of_material_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(158, value.into_enum_expr());
        self
    }
    /// `ShareSAPBusinessPartnerAction`.
    pub fn share_sap_business_partner_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(159, value.into_enum_expr());
        self
    }
    /// `ShareSAPMaterialStockAction`.
    pub fn share_sap_material_stock_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(160, value.into_enum_expr());
        self
    }
    /// `ShareSAPPhysicalInventoryAction`.
    pub fn share_sap_physical_inventory_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(161, value.into_enum_expr());
        self
    }
    /// `ShareSAPProductMasterDataAction`.
    pub fn share_sap_product_master_data_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(162, value.into_enum_expr());
        self
    }
    /// `ShareSalesforceAction`.
    pub fn share_salesforce_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(163, value.into_enum_expr());
        self
    }
    /// `ShareSandPGMIAction`.
    pub fn share_sand_pgmi_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(164, value.into_enum_expr());
        self
    }
    /// `ShareSandPGlobalEnergyAction`.
    pub fn share_sand_p_global_energy_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(165, value.into_enum_expr());
        self
    }
    /// `ShareServiceNowAction`.
    pub fn share_service_now_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(166, value.into_enum_expr());
        self
    }
    /// `ShareSharePointAction`.
    pub fn share_share_point_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(167, value.into_enum_expr());
        self
    }
    /// `ShareSlackAction`.
    pub fn share_slack_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(168, value.into_enum_expr());
        self
    }
    /// `ShareSmartsheetAction`.
    pub fn share_smartsheet_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(169, value.into_enum_expr());
        self
    }
    /// `ShareSpaces`.
    pub fn share_spaces(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(170, value.into_enum_expr());
        self
    }
    /// `ShareTextractAction`.
    pub fn share_textract_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(171, value.into_enum_expr());
        self
    }
    /// `ShareZendeskAction`.
    pub fn share_zendesk_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(172, value.into_enum_expr());
        self
    }
    /// `SlackAction`.
    pub fn slack_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(173, value.into_enum_expr());
        self
    }
    /// `SmartsheetAction`.
    pub fn smartsheet_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(174, value.into_enum_expr());
        self
    }
    /// `Space`.
    pub fn space(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(175, value.into_enum_expr());
        self
    }
    /// `SubscribeDashboardEmailReports`.
    pub fn subscribe_dashboard_email_reports(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(176, value.into_enum_expr());
        self
    }
    /// `TextractAction`.
    pub fn textract_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(177, value.into_enum_expr());
        self
    }
    /// `Topic`.
    pub fn topic(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(178, value.into_enum_expr());
        self
    }
    /// `UseAgentWebSearch`.
    pub fn use_agent_web_search(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(179, value.into_enum_expr());
        self
    }
    /// `UseAmazonBedrockARSAction`.
    pub fn use_amazon_bedrock_ars_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(180, value.into_enum_expr());
        self
    }
    /// `UseAmazonBedrockFSAction`.
    pub fn use_amazon_bedrock_fs_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(181, value.into_enum_expr());
        self
    }
    /// `UseAmazonBedrockKRSAction`.
    pub fn use_amazon_bedrock_krs_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(182, value.into_enum_expr());
        self
    }
    /// `UseAmazonSThreeAction`.
    pub fn use_amazon_s_three_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(183, value.into_enum_expr());
        self
    }
    /// `UseAsanaAction`.
    pub fn use_asana_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(184, value.into_enum_expr());
        self
    }
    /// `UseBambooHRAction`.
    pub fn use_bamboo_hr_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(185, value.into_enum_expr());
        self
    }
    /// `UseBedrockModels`.
    pub fn use_bedrock_models(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(186, value.into_enum_expr());
        self
    }
    /// `UseBoxAgentAction`.
    pub fn use_box_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(187, value.into_enum_expr());
        self
    }
    /// `UseCanvaAgentAction`.
    pub fn use_canva_agent_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(188, value.into_enum_expr());
        self
    }
    /// `UseComprehendAction`.
    pub fn use_comprehend_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(189, value.into_enum_expr());
        self
    }
    /// `UseComprehendMedicalAction`.
    pub fn use_comprehend_medical_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(190, value.into_enum_expr());
        self
    }
    /// `UseConfluenceAction`.
    pub fn use_confluence_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(191, value.into_enum_expr());
        self
    }
    /// `UseFactSetAction`.
    pub fn use_fact_set_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(192, value.into_enum_expr());
        self
    }
    /// `UseGenericHTTPAction`.
    pub fn use_generic_http_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(193, value.into_enum_expr());
        self
    }
    /// `UseGithubAction`.
    pub fn use_github_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(194, value.into_enum_expr());
        self
    }
    /// `UseGoogleCalendarAction`.
    pub fn use_google_calendar_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(195, value.into_enum_expr());
        self
    }
    /// `UseHubspotAction`.
    pub fn use_hubspot_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(196, value.into_enum_expr());
        self
    }
    /// `UseHuggingFaceAction`.
    pub fn use_hugging_face_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(197, value.into_enum_expr());
        self
    }
    /// `UseIntercomAction`.
    pub fn use_intercom_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(198, value.into_enum_expr());
        self
    }
    /// `UseJiraAction`.
    pub fn use_jira_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(199, value.into_enum_expr());
        self
    }
    /// `UseLinearAction`.
    pub fn use_linear_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(200, value.into_enum_expr());
        self
    }
    /// `UseMCPAction`.
    pub fn use_mcp_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(201, value.into_enum_expr());
        self
    }
    /// `UseMSExchangeAction`.
    pub fn use_ms_exchange_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(202, value.into_enum_expr());
        self
    }
    /// `UseMSTeamsAction`.
    pub fn use_ms_teams_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(203, value.into_enum_expr());
        self
    }
    /// `UseMondayAction`.
    pub fn use_monday_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(204, value.into_enum_expr());
        self
    }
    /// `UseNewRelicAction`.
    pub fn use_new_relic_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(205, value.into_enum_expr());
        self
    }
    /// `UseNotionAction`.
    pub fn use_notion_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(206, value.into_enum_expr());
        self
    }
    /// `UseOneDriveAction`.
    pub fn use_one_drive_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(207, value.into_enum_expr());
        self
    }
    /// `UseOpenAPIAction`.
    pub fn use_open_api_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(208, value.into_enum_expr());
        self
    }
    /// `UsePagerDutyAction`.
    pub fn use_pager_duty_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(209, value.into_enum_expr());
        self
    }
    /// `UseSAPBillOfMaterialAction`.
    pub fn use_sap_bill_of_material_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(210, value.into_enum_expr());
        self
    }
    /// `UseSAPBusinessPartnerAction`.
    pub fn use_sap_business_partner_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(211, value.into_enum_expr());
        self
    }
    /// `UseSAPMaterialStockAction`.
    pub fn use_sap_material_stock_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(212, value.into_enum_expr());
        self
    }
    /// `UseSAPPhysicalInventoryAction`.
    pub fn use_sap_physical_inventory_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(213, value.into_enum_expr());
        self
    }
    /// `UseSAPProductMasterDataAction`.
    pub fn use_sap_product_master_data_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(214, value.into_enum_expr());
        self
    }
    /// `UseSalesforceAction`.
    pub fn use_salesforce_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(215, value.into_enum_expr());
        self
    }
    /// `UseSandPGMIAction`.
    pub fn use_sand_pgmi_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(216, value.into_enum_expr());
        self
    }
    /// `UseSandPGlobalEnergyAction`.
    pub fn use_sand_p_global_energy_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CapabilityState>,
    ) -> Self {
        self.props.set(217, value.into_enum_expr());
        self
    }
    /// `UseServiceNowAction`.
    pub fn use_service_now_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(218, value.into_enum_expr());
        self
    }
    /// `UseSharePointAction`.
    pub fn use_share_point_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(219, value.into_enum_expr());
        self
    }
    /// `UseSlackAction`.
    pub fn use_slack_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(220, value.into_enum_expr());
        self
    }
    /// `UseSmartsheetAction`.
    pub fn use_smartsheet_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(221, value.into_enum_expr());
        self
    }
    /// `UseTextractAction`.
    pub fn use_textract_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(222, value.into_enum_expr());
        self
    }
    /// `UseZendeskAction`.
    pub fn use_zendesk_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(223, value.into_enum_expr());
        self
    }
    /// `ViewAccountSPICECapacity`.
    pub fn view_account_spice_capacity(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(224, value.into_enum_expr());
        self
    }
    /// `ZendeskAction`.
    pub fn zendesk_action(mut self, value: impl ::forma_core::schema::EnumArg<CapabilityState>) -> Self {
        self.props.set(225, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Capabilities {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Capabilities> for ::forma_core::Value<Capabilities> {
    fn from(v: Capabilities) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPABILITIES_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::CustomPermissions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::CustomPermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Capabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomPermissionsName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9+=,.@_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CAPABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::CustomPermissions.Capabilities",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessAppsNativeDataStore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AddOrRunAnomalyDetectionForAnalyses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AmazonBedrockARSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AmazonBedrockFSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AmazonBedrockKRSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AmazonSThreeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Analysis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ApproveFlowShareRequests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Apps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "AsanaAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Automate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "BambooHRAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "BoxAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "BuildCalculatedFieldWithQ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CanvaAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ChatAgent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ComprehendAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ComprehendMedicalAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ConfluenceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateAmazonBedrockARSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateAmazonBedrockFSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateAmazonBedrockKRSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateAmazonSThreeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateApps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateAsanaAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateBambooHRAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateBoxAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateCanvaAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateComprehendAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateComprehendMedicalAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateConfluenceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateDashboardEmailReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateDataSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateDatasets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateFactSetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateGenericHTTPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateGithubAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateGoogleCalendarAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateHubspotAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateHuggingFaceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateIntercomAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateJiraAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateKnowledgeBases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateLinearAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateMCPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateMSExchangeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateMSTeamsAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateMondayAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateNewRelicAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateNotionAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateOneDriveAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateOpenAPIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdatePagerDutyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSAPBillOfMaterialAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSAPBusinessPartnerAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSAPMaterialStockAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSAPPhysicalInventoryAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSAPProductMasterDataAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSalesforceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSandPGMIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSandPGlobalEnergyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateServiceNowAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSharePointAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSlackAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateSmartsheetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateTextractAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateThemes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateThresholdAlerts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateAndUpdateZendeskAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateChatAgents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateDashboardExecutiveSummaryWithQ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateSPICEDataset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateSharedFolders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "CreateSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Dashboard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "EditVisualWithQ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToCsv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToCsvInScheduledReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToExcel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToExcelInScheduledReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToPdf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ExportToPdfInScheduledReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Extension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "FactSetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Flow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "GenericHTTPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "GithubAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "GoogleCalendarAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "HubspotAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "HuggingFaceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "IncludeContentInScheduledReportsEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "IntercomAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "InvokeAppsAIInference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "JiraAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "LinearAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "MCPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "MSExchangeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "MSTeamsAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ManageSharedFolders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "MondayAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "NewRelicAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "NotionAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "OneDriveAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "OpenAPIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "PagerDutyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "PerformFlowUiTask",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "PrintReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "PublishWithoutApproval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "RenameSharedFolders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Research",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SAPBillOfMaterialAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SAPBusinessPartnerAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SAPMaterialStockAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SAPPhysicalInventoryAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SAPProductMasterDataAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SalesforceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SandPGMIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SandPGlobalEnergyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceNowAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAmazonBedrockARSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAmazonBedrockFSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAmazonBedrockKRSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAmazonSThreeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAnalyses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareApps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareAsanaAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareBambooHRAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareBoxAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareCanvaAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareChatAgents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareComprehendAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareComprehendMedicalAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareConfluenceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareDashboards",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareDataSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareDatasets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareFactSetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareGenericHTTPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareGithubAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareGoogleCalendarAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareHubspotAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareHuggingFaceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareIntercomAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareJiraAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareKnowledgeBases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareLinearAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareMCPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareMSExchangeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareMSTeamsAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareMondayAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareNewRelicAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareNotionAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareOneDriveAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareOpenAPIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SharePagerDutyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SharePointAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSAPBillOfMaterialAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSAPBusinessPartnerAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSAPMaterialStockAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSAPPhysicalInventoryAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSAPProductMasterDataAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSalesforceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSandPGMIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSandPGlobalEnergyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareServiceNowAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSharePointAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSlackAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSmartsheetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareTextractAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ShareZendeskAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SlackAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SmartsheetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Space",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "SubscribeDashboardEmailReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "TextractAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Topic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAgentWebSearch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAmazonBedrockARSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAmazonBedrockFSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAmazonBedrockKRSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAmazonSThreeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseAsanaAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseBambooHRAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseBedrockModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseBoxAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseCanvaAgentAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseComprehendAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseComprehendMedicalAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseConfluenceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseFactSetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseGenericHTTPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseGithubAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseGoogleCalendarAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseHubspotAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseHuggingFaceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseIntercomAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseJiraAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseLinearAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseMCPAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseMSExchangeAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseMSTeamsAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseMondayAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseNewRelicAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseNotionAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseOneDriveAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseOpenAPIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UsePagerDutyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSAPBillOfMaterialAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSAPBusinessPartnerAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSAPMaterialStockAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSAPPhysicalInventoryAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSAPProductMasterDataAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSalesforceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSandPGMIAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSandPGlobalEnergyAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseServiceNowAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSharePointAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSlackAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseSmartsheetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseTextractAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "UseZendeskAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ViewAccountSPICECapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
        ::forma_core::schema::Property {
            name: "ZendeskAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::CustomPermissions.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
