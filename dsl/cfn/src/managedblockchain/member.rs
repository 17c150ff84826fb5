// @generated from AWS::ManagedBlockchain::Member (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ManagedBlockchain::Member` and its property types.

/// Resource Type definition for AWS::ManagedBlockchain::Member
///
/// CloudFormation type `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    props: ::forma_core::schema::Props,
}
impl Member {
    /// A new resource with its required properties: `MemberConfiguration`.
    #[track_caller]
    pub fn new(member_configuration: impl ::std::convert::Into<::forma_core::Value<MemberConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, member_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InvitationId`.
    #[track_caller]
    pub fn invitation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkConfiguration`.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkId`.
    #[track_caller]
    pub fn network_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Member {
    type Attributes = MemberAttributes;
    fn type_name(&self) -> &str {
        "AWS::ManagedBlockchain::Member"
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
/// The attributes of a `AWS::ManagedBlockchain::Member` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MemberAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MemberAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MemberAttributes {
    /// `Fn::GetAtt` `MemberId`.
    pub fn member_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MemberId")
    }
}

/// The `MemberConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberConfiguration {
    props: ::forma_core::schema::Props,
}
impl MemberConfiguration {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MemberFrameworkConfiguration`.
    pub fn member_framework_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemberFrameworkConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MemberConfiguration> for ::forma_core::Value<MemberConfiguration> {
    fn from(v: MemberConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_CONFIGURATION_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value with its required properties: `Framework`, `FrameworkVersion`, `Name`, `VotingPolicy`.
    pub fn new(
        framework: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        framework_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        voting_policy: impl ::std::convert::Into<::forma_core::Value<VotingPolicy>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, framework.into().into_expr());
        props.set(2, framework_version.into().into_expr());
        props.set(3, name.into().into_expr());
        props.set(5, voting_policy.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NetworkFrameworkConfiguration`.
    pub fn network_framework_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkFrameworkConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `MemberFrameworkConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberFrameworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl MemberFrameworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MemberFabricConfiguration`.
    pub fn member_fabric_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemberFabricConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemberFrameworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemberFrameworkConfiguration> for ::forma_core::Value<MemberFrameworkConfiguration> {
    fn from(v: MemberFrameworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_FRAMEWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `NetworkFrameworkConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkFrameworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkFrameworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NetworkFabricConfiguration`.
    pub fn network_fabric_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkFabricConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkFrameworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkFrameworkConfiguration> for ::forma_core::Value<NetworkFrameworkConfiguration> {
    fn from(v: NetworkFrameworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_FRAMEWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `VotingPolicy` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct VotingPolicy {
    props: ::forma_core::schema::Props,
}
impl VotingPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApprovalThresholdPolicy`.
    pub fn approval_threshold_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApprovalThresholdPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VotingPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VotingPolicy> for ::forma_core::Value<VotingPolicy> {
    fn from(v: VotingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOTING_POLICY_TYPE.properties))
    }
}

/// The `MemberFabricConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberFabricConfiguration {
    props: ::forma_core::schema::Props,
}
impl MemberFabricConfiguration {
    /// A new value with its required properties: `AdminPassword`, `AdminUsername`.
    pub fn new(
        admin_password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        admin_username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, admin_password.into().into_expr());
        props.set(1, admin_username.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MemberFabricConfiguration> for ::forma_core::Value<MemberFabricConfiguration> {
    fn from(v: MemberFabricConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_FABRIC_CONFIGURATION_TYPE.properties))
    }
}

/// The `NetworkFabricConfiguration` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkFabricConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkFabricConfiguration {
    /// A new value with its required properties: `Edition`.
    pub fn new(edition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, edition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkFabricConfiguration> for ::forma_core::Value<NetworkFabricConfiguration> {
    fn from(v: NetworkFabricConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_FABRIC_CONFIGURATION_TYPE.properties))
    }
}

/// The `ApprovalThresholdPolicy` property type of `AWS::ManagedBlockchain::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalThresholdPolicy {
    props: ::forma_core::schema::Props,
}
impl ApprovalThresholdPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ProposalDurationInHours`.
    pub fn proposal_duration_in_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ThresholdComparator`.
    pub fn threshold_comparator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ThresholdPercentage`.
    pub fn threshold_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApprovalThresholdPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApprovalThresholdPolicy> for ::forma_core::Value<ApprovalThresholdPolicy> {
    fn from(v: ApprovalThresholdPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPROVAL_THRESHOLD_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::ManagedBlockchain::Member`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ManagedBlockchain::Member",
    properties: &[
        ::forma_core::schema::Property {
            name: "InvitationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemberConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["MemberId"],
};

static MEMBER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.MemberConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemberFrameworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBER_FRAMEWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Framework",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FrameworkVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkFrameworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_FRAMEWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VotingPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VOTING_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static MEMBER_FRAMEWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.MemberFrameworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MemberFabricConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&MEMBER_FABRIC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static NETWORK_FRAMEWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.NetworkFrameworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "NetworkFabricConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NETWORK_FABRIC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static VOTING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.VotingPolicy",
    properties: &[::forma_core::schema::Property {
        name: "ApprovalThresholdPolicy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&APPROVAL_THRESHOLD_POLICY_TYPE),
    }],
    rules: &[],
};

static MEMBER_FABRIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.MemberFabricConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdminPassword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AdminUsername",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORK_FABRIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.NetworkFabricConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Edition",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static APPROVAL_THRESHOLD_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Member.ApprovalThresholdPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProposalDurationInHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdComparator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ThresholdPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
