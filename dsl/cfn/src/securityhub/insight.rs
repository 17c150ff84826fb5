// @generated from AWS::SecurityHub::Insight (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::Insight` and its property types.

/// The AWS::SecurityHub::Insight resource represents the AWS Security Hub Insight in your account.
///
/// CloudFormation type `AWS::SecurityHub::Insight`.
#[derive(Debug, Clone, PartialEq)]
pub struct Insight {
    props: ::forma_core::schema::Props,
}
impl Insight {
    /// A new resource with its required properties: `Filters`, `GroupByAttribute`, `Name`.
    #[track_caller]
    pub fn new(
        filters: impl ::std::convert::Into<::forma_core::Value<AwsSecurityFindingFilters>>,
        group_by_attribute: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, filters.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, group_by_attribute.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Insight {
    type Attributes = InsightAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::Insight"
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
/// The attributes of a `AWS::SecurityHub::Insight` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InsightAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InsightAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InsightAttributes {
    /// `Fn::GetAtt` `InsightArn`.
    pub fn insight_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InsightArn")
    }
}

/// A collection of filters that are applied to all active findings aggregated by AWS Security Hub.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsSecurityFindingFilters {
    props: ::forma_core::schema::Props,
}
impl AwsSecurityFindingFilters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS account ID in which a finding is generated.
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the AWS account in which a finding is generated.
    pub fn aws_account_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the findings provider (company) that owns the solution (product) that generates findings.
    pub fn company_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The unique identifier of a standard in which a control is enabled.
    pub fn compliance_associated_standards_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The unique identifier of a control across standards.
    pub fn compliance_security_control_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of a security control parameter.
    pub fn compliance_security_control_parameters_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The current value of a security control parameter.
    pub fn compliance_security_control_parameters_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Exclusive to findings that are generated as the result of a check run against a specific rule in a supported standard.
    pub fn compliance_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A finding's confidence.
    pub fn confidence(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// An ISO8601-formatted timestamp that indicates when the security findings provider captured the potential security issue that a finding captured.
    pub fn created_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The level of importance assigned to the resources associated with the finding.
    pub fn criticality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// A finding's description.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The finding provider value for the finding confidence.
    pub fn finding_provider_fields_confidence(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The finding provider value for the level of importance assigned to the resources associated with the findings.
    pub fn finding_provider_fields_criticality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The finding identifier of a related finding that is identified by the finding provider.
    pub fn finding_provider_fields_related_findings_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The ARN of the solution that generated a related finding that is identified by the finding provider.
    pub fn finding_provider_fields_related_findings_product_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The finding provider value for the severity label.
    pub fn finding_provider_fields_severity_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The finding provider's original value for the severity.
    pub fn finding_provider_fields_severity_original(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// One or more finding types that the finding provider assigned to the finding.
    pub fn finding_provider_fields_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// An ISO8601-formatted timestamp that indicates when the security findings provider first observed the potential security issue that a finding captured.
    pub fn first_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The identifier for the solution-specific component (a discrete unit of logic) that generated a finding.
    pub fn generator_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The security findings provider-specific identifier for a finding.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// A keyword for a finding.
    pub fn keyword(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeywordFilter>>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// An ISO8601-formatted timestamp that indicates when the security findings provider most recently observed the potential security issue that a finding captured.
    pub fn last_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The name of the malware that was observed.
    pub fn malware_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The filesystem path of the malware that was observed.
    pub fn malware_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// The state of the malware that was observed.
    pub fn malware_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// The type of the malware that was observed.
    pub fn malware_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// The destination domain of network-related information about a finding.
    pub fn network_destination_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// The destination IPv4 address of network-related information about a finding.
    pub fn network_destination_ip_v4(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// The destination IPv6 address of network-related information about a finding.
    pub fn network_destination_ip_v6(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// The destination port of network-related information about a finding.
    pub fn network_destination_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// Indicates the direction of network traffic associated with a finding.
    pub fn network_direction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// The protocol of network-related information about a finding.
    pub fn network_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// The source domain of network-related information about a finding.
    pub fn network_source_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// The source IPv4 address of network-related information about a finding.
    pub fn network_source_ip_v4(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// The source IPv6 address of network-related information about a finding.
    pub fn network_source_ip_v6(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// The source media access control (MAC) address of network-related information about a finding.
    pub fn network_source_mac(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// The source port of network-related information about a finding.
    pub fn network_source_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// The text of a note.
    pub fn note_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// The timestamp of when the note was updated.
    pub fn note_updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// The principal that created a note.
    pub fn note_updated_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// A timestamp that identifies when the process was launched.
    pub fn process_launched_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
    /// The name of the process.
    pub fn process_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(43, value.into().into_expr());
        self
    }
    /// The parent process ID.
    pub fn process_parent_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(44, value.into().into_expr());
        self
    }
    /// The path to the process executable.
    pub fn process_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(45, value.into().into_expr());
        self
    }
    /// The process ID.
    pub fn process_pid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(46, value.into().into_expr());
        self
    }
    /// A timestamp that identifies when the process was terminated.
    pub fn process_terminated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(47, value.into().into_expr());
        self
    }
    /// The ARN generated by Security Hub that uniquely identifies a third-party company (security findings provider) after this provider's product (solution that generates findings) is registered with Security Hub.
    pub fn product_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(48, value.into().into_expr());
        self
    }
    /// A data type where security findings providers can include additional solution-specific details that aren't part of the defined AwsSecurityFinding format.
    pub fn product_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(49, value.into().into_expr());
        self
    }
    /// The name of the solution (product) that generates findings.
    pub fn product_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(50, value.into().into_expr());
        self
    }
    /// The recommendation of what to do about the issue described in a finding.
    pub fn recommendation_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(51, value.into().into_expr());
        self
    }
    /// The updated record state for the finding.
    pub fn record_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(52, value.into().into_expr());
        self
    }
    /// The Region from which the finding was generated.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(53, value.into().into_expr());
        self
    }
    /// The solution-generated identifier for a related finding.
    pub fn related_findings_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(54, value.into().into_expr());
        self
    }
    /// The ARN of the solution that generated a related finding.
    pub fn related_findings_product_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(55, value.into().into_expr());
        self
    }
    /// The ARN of the application that is related to a finding.
    pub fn resource_application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(56, value.into().into_expr());
        self
    }
    /// The name of the application that is related to a finding.
    pub fn resource_application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(57, value.into().into_expr());
        self
    }
    /// The IAM profile ARN of the instance.
    pub fn resource_aws_ec2_instance_iam_instance_profile_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(58, value.into().into_expr());
        self
    }
    /// The Amazon Machine Image (AMI) ID of the instance.
    pub fn resource_aws_ec2_instance_image_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(59, value.into().into_expr());
        self
    }
    /// The IPv4 addresses associated with the instance.
    pub fn resource_aws_ec2_instance_ip_v4_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(60, value.into().into_expr());
        self
    }
    /// The IPv6 addresses associated with the instance.
    pub fn resource_aws_ec2_instance_ip_v6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpFilter>>>,
    ) -> Self {
        self.props.set(61, value.into().into_expr());
        self
    }
    /// The key name associated with the instance.
    pub fn resource_aws_ec2_instance_key_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(62, value.into().into_expr());
        self
    }
    /// The date and time the instance was launched.
    pub fn resource_aws_ec2_instance_launched_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(63, value.into().into_expr());
        self
    }
    /// The identifier of the subnet that the instance was launched in.
    pub fn resource_aws_ec2_instance_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(64, value.into().into_expr());
        self
    }
    /// The instance type of the instance.
    pub fn resource_aws_ec2_instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(65, value.into().into_expr());
        self
    }
    /// The identifier of the VPC that the instance was launched in.
    pub fn resource_aws_ec2_instance_vpc_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(66, value.into().into_expr());
        self
    }
    /// The creation date/time of the IAM access key related to a finding.
    pub fn resource_aws_iam_access_key_created_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(67, value.into().into_expr());
        self
    }
    /// The name of the principal that is associated with an IAM access key.
    pub fn resource_aws_iam_access_key_principal_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(68, value.into().into_expr());
        self
    }
    /// The status of the IAM access key related to a finding.
    pub fn resource_aws_iam_access_key_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(69, value.into().into_expr());
        self
    }
    /// The user associated with the IAM access key related to a finding.
    pub fn resource_aws_iam_access_key_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(70, value.into().into_expr());
        self
    }
    /// The name of an IAM user.
    pub fn resource_aws_iam_user_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(71, value.into().into_expr());
        self
    }
    /// The canonical user ID of the owner of the S3 bucket.
    pub fn resource_aws_s3_bucket_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(72, value.into().into_expr());
        self
    }
    /// The display name of the owner of the S3 bucket.
    pub fn resource_aws_s3_bucket_owner_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(73, value.into().into_expr());
        self
    }
    /// The identifier of the image related to a finding.
    pub fn resource_container_image_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(74, value.into().into_expr());
        self
    }
    /// The name of the image related to a finding.
    pub fn resource_container_image_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(75, value.into().into_expr());
        self
    }
    /// A timestamp that identifies when the container was started.
    pub fn resource_container_launched_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(76, value.into().into_expr());
        self
    }
    /// The name of the container related to a finding.
    pub fn resource_container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(77, value.into().into_expr());
        self
    }
    /// The details of a resource that doesn't have a specific subfield for the resource type defined.
    pub fn resource_details_other(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(78, value.into().into_expr());
        self
    }
    /// The canonical identifier for the given resource type.
    pub fn resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(79, value.into().into_expr());
        self
    }
    /// The canonical AWS partition name that the Region is assigned to.
    pub fn resource_partition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(80, value.into().into_expr());
        self
    }
    /// The canonical AWS external Region name where this resource is located.
    pub fn resource_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(81, value.into().into_expr());
        self
    }
    /// A list of AWS tags associated with a resource at the time the finding was processed.
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(82, value.into().into_expr());
        self
    }
    /// Specifies the type of the resource that details are provided for.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(83, value.into().into_expr());
        self
    }
    /// Indicates whether or not sample findings are included in the filter results.
    pub fn sample(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BooleanFilter>>>,
    ) -> Self {
        self.props.set(84, value.into().into_expr());
        self
    }
    /// The label of a finding's severity.
    pub fn severity_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(85, value.into().into_expr());
        self
    }
    /// The normalized severity of a finding.
    pub fn severity_normalized(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(86, value.into().into_expr());
        self
    }
    /// The native severity as defined by the security findings provider's solution that generated the finding.
    pub fn severity_product(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(87, value.into().into_expr());
        self
    }
    /// A URL that links to a page about the current finding in the security findings provider's solution.
    pub fn source_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(88, value.into().into_expr());
        self
    }
    /// The category of a threat intelligence indicator.
    pub fn threat_intel_indicator_category(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(89, value.into().into_expr());
        self
    }
    /// A timestamp that identifies the last observation of a threat intelligence indicator.
    pub fn threat_intel_indicator_last_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(90, value.into().into_expr());
        self
    }
    /// The source of the threat intelligence.
    pub fn threat_intel_indicator_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(91, value.into().into_expr());
        self
    }
    /// The URL for more details from the source of the threat intelligence.
    pub fn threat_intel_indicator_source_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(92, value.into().into_expr());
        self
    }
    /// The type of a threat intelligence indicator.
    pub fn threat_intel_indicator_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(93, value.into().into_expr());
        self
    }
    /// The value of a threat intelligence indicator.
    pub fn threat_intel_indicator_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(94, value.into().into_expr());
        self
    }
    /// A finding's title.
    pub fn title(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(95, value.into().into_expr());
        self
    }
    /// A finding type in the format of namespace/category/classifier that classifies a finding.
    pub fn type_(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(96, value.into().into_expr());
        self
    }
    /// An ISO8601-formatted timestamp that indicates when the security findings provider last updated the finding record.
    pub fn updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(97, value.into().into_expr());
        self
    }
    /// A list of name/value string pairs associated with the finding.
    pub fn user_defined_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(98, value.into().into_expr());
        self
    }
    /// The veracity of a finding.
    pub fn verification_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(99, value.into().into_expr());
        self
    }
    /// Indicates whether a software vulnerability in your environment has a known exploit.
    pub fn vulnerabilities_exploit_available(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(100, value.into().into_expr());
        self
    }
    /// Indicates whether a vulnerability is fixed in a newer version of the affected software packages.
    pub fn vulnerabilities_fix_available(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(101, value.into().into_expr());
        self
    }
    /// The workflow state of a finding.
    pub fn workflow_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(102, value.into().into_expr());
        self
    }
    /// The status of the investigation into a finding.
    pub fn workflow_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(103, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsSecurityFindingFilters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsSecurityFindingFilters> for ::forma_core::Value<AwsSecurityFindingFilters> {
    fn from(v: AwsSecurityFindingFilters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_SECURITY_FINDING_FILTERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `PREFIX`, `NOT_EQUALS`, `PREFIX_NOT_EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringFilterComparison {
    /// `EQUALS`
    Equals,
    /// `PREFIX`
    Prefix,
    /// `NOT_EQUALS`
    NotEquals,
    /// `PREFIX_NOT_EQUALS`
    PrefixNotEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StringFilterComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Prefix => "PREFIX",
            Self::NotEquals => "NOT_EQUALS",
            Self::PrefixNotEquals => "PREFIX_NOT_EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS"]
    }
}
impl ::std::convert::From<StringFilterComparison> for ::forma_core::Value<StringFilterComparison> {
    fn from(v: StringFilterComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StringFilterComparison {}

/// A string filter for filtering AWS Security Hub findings.
#[derive(Debug, Clone, PartialEq)]
pub struct StringFilter {
    props: ::forma_core::schema::Props,
}
impl StringFilter {
    /// A new value with its required properties: `Comparison`, `Value`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<StringFilterComparison>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StringFilter> for ::forma_core::Value<StringFilter> {
    fn from(v: StringFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_FILTER_TYPE.properties))
    }
}

/// A number filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFilter {
    props: ::forma_core::schema::Props,
}
impl NumberFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The equal-to condition to be applied to a single field when querying for findings.
    pub fn eq(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The greater-than-equal condition to be applied to a single field when querying for findings.
    pub fn gte(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The less-than-equal condition to be applied to a single field when querying for findings.
    pub fn lte(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NumberFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NumberFilter> for ::forma_core::Value<NumberFilter> {
    fn from(v: NumberFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMBER_FILTER_TYPE.properties))
    }
}

/// A date filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    props: ::forma_core::schema::Props,
}
impl DateFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A date range for the date filter.
    pub fn date_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<DateRange>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The date and time, in UTC and ISO 8601 format.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The date and time, in UTC and ISO 8601 format.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DateFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DateFilter> for ::forma_core::Value<DateFilter> {
    fn from(v: DateFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_FILTER_TYPE.properties))
    }
}

/// A keyword filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct KeywordFilter {
    props: ::forma_core::schema::Props,
}
impl KeywordFilter {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KeywordFilter> for ::forma_core::Value<KeywordFilter> {
    fn from(v: KeywordFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEYWORD_FILTER_TYPE.properties))
    }
}

/// The IP filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct IpFilter {
    props: ::forma_core::schema::Props,
}
impl IpFilter {
    /// A new value with its required properties: `Cidr`.
    pub fn new(cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpFilter> for ::forma_core::Value<IpFilter> {
    fn from(v: IpFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `NOT_EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "NOT_EQUALS"]
    }
}
impl ::std::convert::From<Comparison> for ::forma_core::Value<Comparison> {
    fn from(v: Comparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparison {}

/// A map filter for filtering AWS Security Hub findings.
#[derive(Debug, Clone, PartialEq)]
pub struct MapFilter {
    props: ::forma_core::schema::Props,
}
impl MapFilter {
    /// A new value with its required properties: `Comparison`, `Key`, `Value`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<Comparison>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, key.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MapFilter> for ::forma_core::Value<MapFilter> {
    fn from(v: MapFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAP_FILTER_TYPE.properties))
    }
}

/// Boolean filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct BooleanFilter {
    props: ::forma_core::schema::Props,
}
impl BooleanFilter {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BooleanFilter> for ::forma_core::Value<BooleanFilter> {
    fn from(v: BooleanFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOOLEAN_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// A date range for the date filter.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRange {
    props: ::forma_core::schema::Props,
}
impl DateRange {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<Unit>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateRange> for ::forma_core::Value<DateRange> {
    fn from(v: DateRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::Insight`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::Insight",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_SECURITY_FINDING_FILTERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GroupByAttribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["InsightArn"],
};

static AWS_SECURITY_FINDING_FILTERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.AwsSecurityFindingFilters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AwsAccountName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CompanyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceAssociatedStandardsId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceSecurityControlId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceSecurityControlParametersName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceSecurityControlParametersValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Confidence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Criticality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsConfidence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsCriticality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsRelatedFindingsId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsRelatedFindingsProductArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsSeverityLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsSeverityOriginal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingProviderFieldsTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirstObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "GeneratorId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Keyword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEYWORD_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LastObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MalwareName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MalwarePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MalwareState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MalwareType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkDestinationDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkDestinationIpV4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkDestinationIpV6",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkDestinationPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkDirection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkSourceDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkSourceIpV4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkSourceIpV6",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkSourceMac",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkSourcePort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteUpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteUpdatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessLaunchedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessParentPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessPid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProcessTerminatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProductArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProductFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProductName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecommendationText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RelatedFindingsId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RelatedFindingsProductArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceApplicationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceIamInstanceProfileArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceIpV4Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceIpV6Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceKeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceLaunchedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsEc2InstanceVpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsIamAccessKeyCreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsIamAccessKeyPrincipalName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsIamAccessKeyStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsIamAccessKeyUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsIamUserUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsS3BucketOwnerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceAwsS3BucketOwnerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceContainerImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceContainerImageName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceContainerLaunchedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceDetailsOther",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourcePartition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Sample",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOOLEAN_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SeverityLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SeverityNormalized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SeverityProduct",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorCategory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorLastObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorSourceUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThreatIntelIndicatorValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserDefinedFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VerificationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VulnerabilitiesExploitAvailable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VulnerabilitiesFixAvailable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkflowState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkflowStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static STRING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.StringFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static NUMBER_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.NumberFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Eq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Gte",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Lte",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SecurityHub::Insight.DateFilter",
properties: &[
::forma_core::schema::Property { name: "DateRange", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DATE_RANGE_TYPE) },
::forma_core::schema::Property { name: "End", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\+-]?\\d{4}(?!\\d{2}))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([tT]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Start", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\+-]?\\d{4}(?!\\d{2}))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([tT]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static KEYWORD_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.KeywordFilter",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S"),
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static IP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.IpFilter",
    properties: &[::forma_core::schema::Property {
        name: "Cidr",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S"),
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static MAP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.MapFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "NOT_EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static BOOLEAN_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.BooleanFilter",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DATE_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Insight.DateRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
