// @generated from AWS::BillingConductor::BillingGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BillingConductor::BillingGroup` and its property types.

/// A billing group is a set of linked account which belong to the same end customer.
///
/// CloudFormation type `AWS::BillingConductor::BillingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct BillingGroup {
    props: ::forma_core::schema::Props,
}
impl BillingGroup {
    /// A new resource with its required properties: `AccountGrouping`, `ComputationPreference`, `Name`.
    #[track_caller]
    pub fn new(
        account_grouping: impl ::std::convert::Into<::forma_core::Value<AccountGrouping>>,
        computation_preference: impl ::std::convert::Into<::forma_core::Value<ComputationPreference>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_grouping.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, computation_preference.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This account will act as a virtual payer account of the billing group
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn primary_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BillingGroup {
    type Attributes = BillingGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::BillingConductor::BillingGroup"
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
/// The attributes of a `AWS::BillingConductor::BillingGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BillingGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BillingGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BillingGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Size`.
    pub fn size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Size")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The `AccountGrouping` property type of `AWS::BillingConductor::BillingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountGrouping {
    props: ::forma_core::schema::Props,
}
impl AccountGrouping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoAssociate`.
    pub fn auto_associate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LinkedAccountIds`.
    pub fn linked_account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResponsibilityTransferArn`.
    pub fn responsibility_transfer_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccountGrouping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccountGrouping> for ::forma_core::Value<AccountGrouping> {
    fn from(v: AccountGrouping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_GROUPING_TYPE.properties))
    }
}

/// The `ComputationPreference` property type of `AWS::BillingConductor::BillingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputationPreference {
    props: ::forma_core::schema::Props,
}
impl ComputationPreference {
    /// A new value with its required properties: `PricingPlanArn`.
    pub fn new(pricing_plan_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pricing_plan_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ComputationPreference> for ::forma_core::Value<ComputationPreference> {
    fn from(v: ComputationPreference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTATION_PREFERENCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BillingConductor::BillingGroup`.
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

/// The schema of `AWS::BillingConductor::BillingGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BillingConductor::BillingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountGrouping",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_GROUPING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputationPreference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTATION_PREFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_\\+=\\.\\-@]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Size", "Status", "StatusReason", "CreationTime", "LastModifiedTime"],
};

static ACCOUNT_GROUPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BillingConductor::BillingGroup.AccountGrouping",
properties: &[
::forma_core::schema::Property { name: "AutoAssociate", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "LinkedAccountIds", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9]{12}"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) }) },
::forma_core::schema::Property { name: "ResponsibilityTransferArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::[0-9]{12}:transfer/o-[a-z0-9]{10,32}/(billing)/(inbound|outbound)/rt-[0-9a-z]{8,32}"), min_length: None, max_length: None }) },
],
rules: &[],
};

static COMPUTATION_PREFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BillingConductor::BillingGroup.ComputationPreference",
properties: &[
::forma_core::schema::Property { name: "PricingPlanArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-cn)?:billingconductor::(aws|[0-9]{12}):pricingplan/(BasicPricingPlan|Passthrough|[a-zA-Z0-9]{10})"), min_length: None, max_length: None }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::BillingGroup.Tag",
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
