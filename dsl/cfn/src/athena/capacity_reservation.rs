// @generated from AWS::Athena::CapacityReservation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Athena::CapacityReservation` and its property types.

/// Resource schema for AWS::Athena::CapacityReservation
///
/// CloudFormation type `AWS::Athena::CapacityReservation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityReservation {
    props: ::forma_core::schema::Props,
}
impl CapacityReservation {
    /// A new resource with its required properties: `Name`, `TargetDpus`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_dpus: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, target_dpus.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Assignment configuration to assign workgroups to a reservation
    #[track_caller]
    pub fn capacity_assignment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityAssignmentConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CapacityReservation {
    type Attributes = CapacityReservationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Athena::CapacityReservation"
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
/// The attributes of a `AWS::Athena::CapacityReservation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityReservationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityReservationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapacityReservationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `AllocatedDpus`.
    pub fn allocated_dpus(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AllocatedDpus")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastSuccessfulAllocationTime`.
    pub fn last_successful_allocation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastSuccessfulAllocationTime")
    }
}

/// Assignment configuration to assign workgroups to a reservation
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityAssignmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl CapacityAssignmentConfiguration {
    /// A new value with its required properties: `CapacityAssignments`.
    pub fn new(
        capacity_assignments: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityAssignment>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_assignments.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityAssignmentConfiguration> for ::forma_core::Value<CapacityAssignmentConfiguration> {
    fn from(v: CapacityAssignmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_ASSIGNMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Athena::CapacityReservation`.
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

/// The `CapacityAssignment` property type of `AWS::Athena::CapacityReservation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityAssignment {
    props: ::forma_core::schema::Props,
}
impl CapacityAssignment {
    /// A new value with its required properties: `WorkgroupNames`.
    pub fn new(
        workgroup_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, workgroup_names.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityAssignment> for ::forma_core::Value<CapacityAssignment> {
    fn from(v: CapacityAssignment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_ASSIGNMENT_TYPE.properties))
    }
}

/// The schema of `AWS::Athena::CapacityReservation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Athena::CapacityReservation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityAssignmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_ASSIGNMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9._-]{1,128}"),
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
        ::forma_core::schema::Property {
            name: "TargetDpus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "AllocatedDpus", "CreationTime", "LastSuccessfulAllocationTime"],
};

static CAPACITY_ASSIGNMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Athena::CapacityReservation.CapacityAssignmentConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "CapacityAssignments",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_ASSIGNMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::CapacityReservation.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CAPACITY_ASSIGNMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::CapacityReservation.CapacityAssignment",
    properties: &[::forma_core::schema::Property {
        name: "WorkgroupNames",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9._-]{1,128}"),
                min_length: None,
                max_length: None,
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
