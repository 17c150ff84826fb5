// @generated from AWS::Batch::SchedulingPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::SchedulingPolicy` and its property types.

/// Resource Type definition for AWS::Batch::SchedulingPolicy
///
/// CloudFormation type `AWS::Batch::SchedulingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulingPolicy {
    props: ::forma_core::schema::Props,
}
impl SchedulingPolicy {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Fair Share Policy for the Job Queue.
    #[track_caller]
    pub fn fairshare_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<FairsharePolicy>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of Scheduling Policy.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Quota Share Policy for the Job Queue.
    #[track_caller]
    pub fn quota_share_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuotaSharePolicy>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SchedulingPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SchedulingPolicy {
    type Attributes = SchedulingPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::SchedulingPolicy"
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
/// The attributes of a `AWS::Batch::SchedulingPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SchedulingPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SchedulingPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SchedulingPolicyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Fair Share Policy for the Job Queue.
#[derive(Debug, Clone, PartialEq)]
pub struct FairsharePolicy {
    props: ::forma_core::schema::Props,
}
impl FairsharePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComputeReservation`.
    ///
    /// Allowed: 0 to 99.
    pub fn compute_reservation(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ShareDecaySeconds`.
    ///
    /// Allowed: 0 to 604800.
    pub fn share_decay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of Share Attributes
    pub fn share_distribution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ShareAttributes>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FairsharePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FairsharePolicy> for ::forma_core::Value<FairsharePolicy> {
    fn from(v: FairsharePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAIRSHARE_POLICY_TYPE.properties))
    }
}

/// Quota Share Policy for the Job Queue.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaSharePolicy {
    props: ::forma_core::schema::Props,
}
impl QuotaSharePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IdleResourceAssignmentStrategy`.
    pub fn idle_resource_assignment_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QuotaSharePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QuotaSharePolicy> for ::forma_core::Value<QuotaSharePolicy> {
    fn from(v: QuotaSharePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUOTA_SHARE_POLICY_TYPE.properties))
    }
}

/// The `ShareAttributes` property type of `AWS::Batch::SchedulingPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareAttributes {
    props: ::forma_core::schema::Props,
}
impl ShareAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ShareIdentifier`.
    pub fn share_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `WeightFactor`.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight_factor(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ShareAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ShareAttributes> for ::forma_core::Value<ShareAttributes> {
    fn from(v: ShareAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_ATTRIBUTES_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::SchedulingPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::SchedulingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "FairsharePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAIRSHARE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(""),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QuotaSharePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUOTA_SHARE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static FAIRSHARE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::SchedulingPolicy.FairsharePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeReservation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShareDecaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(604800.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShareDistribution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SHARE_ATTRIBUTES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static QUOTA_SHARE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::SchedulingPolicy.QuotaSharePolicy",
    properties: &[::forma_core::schema::Property {
        name: "IdleResourceAssignmentStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SHARE_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::SchedulingPolicy.ShareAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "ShareIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WeightFactor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};
